/** What every API client does around the HTTP core: the caller's token, the request id, one renewal after a 401. */
import type { HttpCore, UpstreamRequest, UpstreamResponse } from './http.js';
import { LocalRequestError, UpstreamError } from './errors.js';
import type { Session } from './session.js';
import type { OperationBudget } from './budget.js';

export interface CallContext {
  session: Session;
  /** Sent upstream as X-Request-Id so one operation can be traced across both APIs. */
  requestId?: string;
  /** The operation's upstream budget; live pollers, which serve many callers, have none. */
  budget?: OperationBudget;
}

type SendRequest = Omit<UpstreamRequest, 'headers'> & { headers?: Record<string, string> };

/**
 * Reads (GETs, and reads sent as POST such as the batch find) are shared while in flight, per
 * credentials (the session key), URL and body; writes never are.
 */
export function send<T>(http: HttpCore, ctx: CallContext, req: SendRequest): Promise<UpstreamResponse<T>> {
  const read = req.idempotent ?? req.method === 'GET';
  if (!read || req.headers) return sendOnce(http, ctx, req);
  const key = `${ctx.session.key}\n${req.api} ${req.method} ${req.path}?${JSON.stringify(req.query ?? {})}\n${JSON.stringify(req.body ?? null)}`;
  let ours = false;
  const shared = http.sharedReads.run(key, () => {
    ours = true;
    return sendOnce<T>(http, ctx, req);
  });
  if (ours) return shared;
  // Another operation's limit or departure cut the read short: that is its error, not ours; we send our own.
  return shared.catch((err: unknown) => {
    if (err instanceof LocalRequestError && (err.reason === 'aborted' || err.reason === 'budget' || err.reason === 'deadline')) return sendOnce<T>(http, ctx, req);
    throw err;
  });
}

async function sendOnce<T>(http: HttpCore, ctx: CallContext, req: SendRequest): Promise<UpstreamResponse<T>> {
  const token = await ctx.session.token();
  try {
    return await http.request<T>(authorized(ctx, req, token));
  } catch (err) {
    const idempotent = req.idempotent ?? req.method === 'GET';
    // An expired service-account token is renewed once and the read sent again; writes never are.
    if (err instanceof UpstreamError && err.isUnauthorized && idempotent && (await ctx.session.renewAfterUnauthorized(token))) {
      return http.request<T>(authorized(ctx, req, await ctx.session.token()));
    }
    throw err;
  }
}

/** The request with the caller's token, the request id and the operation's budget. */
function authorized(ctx: CallContext, req: SendRequest, token: string): UpstreamRequest {
  const headers: Record<string, string> = { ...req.headers, 'x-auth-token': token };
  if (ctx.requestId) headers['x-request-id'] = ctx.requestId;
  return { ...req, headers, budget: ctx.budget };
}
