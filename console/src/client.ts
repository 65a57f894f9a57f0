/**
 * The console's urql client: queries and mutations over HTTP POST, subscriptions over graphql-ws on
 * the same path. Credentials are the ones pasted in Settings (none: the gateway may allow anonymous
 * callers); in trusted-documents mode every operation goes by its codegen hash, never by its text.
 */
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Exchange } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { DocumentNode } from 'graphql';

export interface Credentials {
  token: string;
  projectId: string;
}

export interface GatewayInfo {
  graphqlPath: string;
  trustedDocuments: boolean;
}

/** What the gateway says about itself at /console/config.json. */
export async function loadGatewayInfo(): Promise<GatewayInfo> {
  const res = await fetch('/console/config.json');
  if (!res.ok) throw new Error(`The gateway's /console/config.json answered ${res.status}.`);
  return (await res.json()) as GatewayInfo;
}

/** The hash the client preset put into each generated document (persistedDocuments). */
const hashOf = (document: DocumentNode): string => {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This document has no hash: run "npm run codegen".');
  return hash;
};

/** The headers and graphql-ws connection params of these credentials (same names for both). */
function credentialHeaders(credentials: Credentials): Record<string, string> {
  return {
    ...(credentials.token && { authorization: `Bearer ${credentials.token}` }),
    ...(credentials.projectId && { 'x-project-id': credentials.projectId }),
  };
}

export function createConsoleClient(info: GatewayInfo, credentials: Credentials): { client: Client; ws: WsClient } {
  const url = new URL(info.graphqlPath, location.href);
  const wsUrl = url.href.replace(/^http/, 'ws');
  const headers = credentialHeaders(credentials);
  const ws = createWsClient({ url: wsUrl, connectionParams: headers, lazy: true, retryAttempts: 5 });
  const exchanges: Exchange[] = [cacheExchange];
  if (info.trustedDocuments) {
    exchanges.push(
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        // POST, so CSRF prevention never needs a GET header.
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => hashOf(document),
      }),
    );
  }
  exchanges.push(
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request, operation) => {
        // graphql-ws has no persisted-query convention: the gateway reads the same extension there.
        const input = info.trustedDocuments
          ? { query: '', variables: request.variables, operationName: request.operationName, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operation.query) } } }
          : { ...request, query: request.query ?? '' };
        return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
      },
    }),
  );
  const client = new Client({
    url: url.href,
    exchanges,
    fetchOptions: () => ({ headers }),
    // POST always: a GET is a "simple" request, which the gateway's CSRF prevention refuses without its header.
    preferGetMethod: false,
    // Live data comes from subscriptions; lists are read again after writes.
    requestPolicy: 'cache-and-network',
  });
  return { client, ws };
}
