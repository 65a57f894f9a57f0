/**
 * Which web pages may use the gateway from a browser. Same-origin pages (GraphiQL, the console) always;
 * other origins only when CORS_ORIGINS lists them exactly. The same list governs CORS answers and
 * WebSocket upgrades, which browsers send cross-origin without asking (no preflight, cookies included).
 * Requests without an Origin header do not come from a web page and are not this module's business.
 */
import type { IncomingMessage } from 'node:http';
import type { CORSOptions } from 'graphql-yoga';

export interface OriginPolicy {
  /** yoga's `cors` option: CORS headers, credentials included, only for a listed origin. */
  cors(request: Request): CORSOptions | false;
  /** Whether a WebSocket upgrade may proceed: no Origin, the gateway's own, or a listed one. */
  allowsUpgrade(req: IncomingMessage): boolean;
}

/** The browser's origin of a page served by the gateway itself, as the Host header names it. */
function sameOrigin(origin: string, host: string | undefined): boolean {
  // Behind a TLS-terminating proxy the page is https while this server speaks http: either scheme is the gateway's own page.
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

export function createOriginPolicy(allowed: readonly string[]): OriginPolicy {
  const listed = new Set(allowed);
  return {
    cors(request) {
      const origin = request.headers.get('origin');
      if (!origin || !listed.has(origin)) return false;
      return {
        origin,
        credentials: true,
        methods: ['GET', 'POST', 'PUT', 'DELETE'],
        allowedHeaders: ['content-type', 'authorization', 'x-project-id', 'x-request-id', 'x-auth-token', 'x-graphql-event-stream-token', 'graphql-require-preflight'],
        maxAge: 600,
      };
    },
    allowsUpgrade(req) {
      const origin = req.headers.origin;
      if (origin === undefined) return true;
      return listed.has(origin) || sameOrigin(origin, req.headers.host);
    },
  };
}
