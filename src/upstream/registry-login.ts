/**
 * Security authentication of an exclusive registry engine (service-center RBAC): the gateway logs in
 * with `POST /v4/token` `{name, password}` and sends `Authorization: Bearer <token>` on every registry
 * call. The token is renewed before it expires (its JWT `exp`, or 30 minutes when it has none) and once
 * after a 401; one login at a time, however many calls need a token at once.
 */
import type { HttpCore } from './http.js';
import { UpstreamError } from './errors.js';

export interface RegistryAccount {
  name: string;
  password: string;
}

/** service-center's default token lifetime, for a token that does not say its own. */
const DEFAULT_LIFETIME_MS = 30 * 60 * 1000;
/** Renew this long before expiry (or a quarter of a shorter lifetime). */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

interface Held {
  bearer: string;
  obtainedAt: number;
  expiresAt: number;
}

/** The `exp` (seconds) of a JWT-shaped token, in ms; undefined when it has none. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export class RegistryLogin {
  #held: Held | undefined;
  #pending: Promise<Held> | undefined;
  /** Logins sent so far (tests and metrics read it). */
  logins = 0;

  constructor(
    private readonly http: HttpCore,
    private readonly account: RegistryAccount,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Authorization header value to send now. */
  async bearer(): Promise<string> {
    const held = this.#held;
    if (held) {
      const margin = Math.min(RENEW_BEFORE_MS, (held.expiresAt - held.obtainedAt) / 4);
      if (held.expiresAt - this.now() > margin) return held.bearer;
    }
    return (await this.#login()).bearer;
  }

  /** After a 401 with `stale`: logs in again (unless another call already did) and says the call may be sent once more. */
  async renewAfterUnauthorized(stale: string): Promise<boolean> {
    if (this.#held?.bearer === stale) this.#held = undefined;
    await this.#login();
    return true;
  }

  #login(): Promise<Held> {
    this.#pending ??= this.#send().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  async #send(): Promise<Held> {
    this.logins++;
    const res = await this.http.request<{ token?: unknown }>({
      api: 'cse',
      method: 'POST',
      route: '/v4/token',
      path: '/v4/token',
      body: { name: this.account.name, password: this.account.password },
      // A login changes nothing: safe to send again.
      idempotent: true,
    });
    const token = res.body?.token;
    if (typeof token !== 'string' || token === '') {
      throw new UpstreamError({ kind: 'BAD_RESPONSE', api: 'cse', method: 'POST', route: '/v4/token', status: res.status, upstreamMessage: 'the login answer has no token' });
    }
    const obtainedAt = this.now();
    const held = { bearer: `Bearer ${token}`, obtainedAt, expiresAt: tokenExpiry(token) ?? obtainedAt + DEFAULT_LIFETIME_MS };
    this.#held = held;
    return held;
  }
}
