/**
 * The per-request context: whose credentials, the upstream clients bound to them, and a fresh set
 * of loaders. Nothing here outlives the request, so no cached answer can reach another caller.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { CasClient } from './upstream/cas.js';
import { CseClient, type RegistryTransport } from './upstream/cse.js';
import type { HttpCore } from './upstream/http.js';
import { callerSession, type ServiceAccount, type Session } from './upstream/session.js';
import { createCasLoaders, type CasLoaders } from './loaders/cas.js';
import { createCseLoaders, type CseLoaders } from './loaders/cse.js';
import type { RecentWrites, SessionWrites } from './loaders/recent-writes.js';
import type { CredentialsMode } from './config.js';
import type { LiveHub } from './live/hub.js';

/** Where a request's credentials come from: HTTP headers, or graphql-ws connection params of the same names. */
export interface CredentialSource {
  get(name: string): string | undefined;
}

export interface GatewayContext {
  requestId: string;
  session: Session;
  cas: CasClient;
  cse: CseClient;
  loaders: { cas: CasLoaders; cse: CseLoaders };
  /** Process-wide live updates (shared pollers); not per request. */
  live: LiveHub;
}

export type ContextFactory = (credentials: CredentialSource) => Promise<GatewayContext>;

export interface ContextDeps {
  casHttp: HttpCore;
  cseHttp: HttpCore | RegistryTransport;
  /** Project for application management paths when a caller does not send X-Project-Id. */
  defaultProjectId: string;
  mode: CredentialsMode;
  serviceAccount?: ServiceAccount;
  live: LiveHub;
  /** The registry writes each caller made lately (read-your-writes over a lagging registry). */
  recentWrites?: RecentWrites;
  /** How a request's loaders are made; the benchmark swaps in a naive set to measure what batching saves. */
  createLoaders?: LoaderFactory;
}

export type LoaderFactory = (cas: CasClient, cse: CseClient, writes?: SessionWrites) => { cas: CasLoaders; cse: CseLoaders };

const defaultLoaders: LoaderFactory = (cas, cse, writes) => ({ cas: createCasLoaders(cas), cse: createCseLoaders(cse, writes) });

export const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** `Authorization: Bearer <token>` or `X-Auth-Token: <token>`. */
function callerToken(credentials: CredentialSource): string | undefined {
  const authorization = credentials.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? credentials.get('x-auth-token') ?? undefined;
}

export function createContextFactory(deps: ContextDeps): ContextFactory {
  return async (credentials) => {
    const incomingId = credentials.get('x-request-id');
    const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    const token = callerToken(credentials);
    let session: Session;
    if (token) {
      // A caller's own token always wins: it can only narrow what the service account could see.
      session = callerSession(token, credentials.get('x-project-id') ?? deps.defaultProjectId);
    } else if (deps.mode === 'service-account' && deps.serviceAccount) {
      session = await deps.serviceAccount.session();
    } else {
      throw new GraphQLError('No credentials: send your IAM token as "Authorization: Bearer <token>" or "X-Auth-Token", and your project as "X-Project-Id".', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    const call = { session, requestId };
    const cas = new CasClient(deps.casHttp, call);
    const cse = new CseClient(deps.cseHttp, call);
    return { requestId, session, cas, cse, loaders: (deps.createLoaders ?? defaultLoaders)(cas, cse, deps.recentWrites?.of(session.key)), live: deps.live };
  };
}
