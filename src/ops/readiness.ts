/** /ready: both upstreams answer HTTP (any status) and neither breaker is open. */
import type { HttpCore } from '../upstream/http.js';

export interface Readiness {
  ready: boolean;
  upstreams: Record<string, { reachable: boolean; breaker: string; detail?: string }>;
}

export async function checkReadiness(upstreams: Record<string, { url: string; core: HttpCore }>, timeoutMs = 2_000): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(upstreams).map(async ([name, { url, core }]) => {
      try {
        // Any answer, even 404, proves the upstream is there; no credentials needed.
        const res = await fetch(new URL('/', url), { signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        return [name, { reachable: true, breaker: core.breaker.state }] as const;
      } catch (err) {
        // fetch's own message is "fetch failed"; its cause says why (ECONNREFUSED, ENOTFOUND, a timeout).
        const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
        return [name, { reachable: false, breaker: core.breaker.state, detail: cause?.code ?? cause?.message ?? (err as Error).message }] as const;
      }
    }),
  );
  const result: Readiness['upstreams'] = Object.fromEntries(entries);
  return { ready: Object.values(result).every((u) => u.reachable && u.breaker !== 'open'), upstreams: result };
}
