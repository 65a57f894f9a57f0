/** The pages of the gateway: `/` (landing), GraphiQL's assets, and the console. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveGraphiQLAsset } from './graphiql.js';
import { serveConsole, CONSOLE_PATH } from './console.js';
import { renderLandingPage } from './landing.js';
import { sendAsset, type Asset } from './static-asset.js';

export interface FrontendOptions {
  graphqlPath: string;
  /** GraphiQL and its assets (off in production). */
  graphiql: boolean;
  /** Only trusted documents run (TRUSTED_DOCUMENTS): the console sends hashes. */
  trustedDocuments: boolean;
}

export type FrontendRoutes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Answers GET/HEAD for its pages and resolves true, or resolves false for everything else. */
export function createFrontendRoutes(options: FrontendOptions): FrontendRoutes {
  const landing: Asset = {
    body: Buffer.from(renderLandingPage({ graphqlPath: options.graphqlPath, graphiql: options.graphiql, console: true })),
    contentType: 'text/html; charset=utf-8',
    caching: 'revalidate',
  };
  const consoleConfig = { graphqlPath: options.graphqlPath, trustedDocuments: options.trustedDocuments };
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/') {
      sendAsset(req, res, landing);
      return true;
    }
    if (options.graphiql && (await serveGraphiQLAsset(req, res, path))) return true;
    if (path === CONSOLE_PATH || path.startsWith(`${CONSOLE_PATH}/`)) return serveConsole(req, res, path, consoleConfig);
    return false;
  };
}
