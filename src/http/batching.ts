/**
 * HTTP batching (a JSON array of operations, as Apollo's BatchHttpLink and urql send it): yoga builds
 * one context per operation, all from the same Request. Keying the gateway's context by that Request
 * gives the operations of one batch one set of loaders, so a read two of them need is one upstream call.
 * The context still never outlives its HTTP request nor crosses callers: one request, one caller.
 */
import type { GatewayContext } from '../context.js';

export function perRequestContext(): (request: Request, create: () => Promise<GatewayContext>) => Promise<GatewayContext> {
  const contexts = new WeakMap<Request, Promise<GatewayContext>>();
  return async (request, create) => {
    let shared = contexts.get(request);
    if (!shared) {
      shared = create();
      contexts.set(request, shared);
    }
    // Each operation gets its own object (yoga adds per-operation fields), sharing clients and loaders.
    return { ...(await shared) };
  };
}
