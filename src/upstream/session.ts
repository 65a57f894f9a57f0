/**
 * Whose credentials an upstream call carries. A caller's own token passes through; in
 * service-account mode the gateway logs in itself and renews the token before it expires.
 */
import { createHash } from 'node:crypto';
import type { IamAccount, IamClient, IamToken } from './iam.js';

export interface Session {
  /** Project used in application management paths. */
  readonly projectId: string;
  readonly kind: 'caller' | 'service-account';
  /** Identifies these credentials without revealing them: keys per-credential caches and pollers. */
  readonly key: string;
  token(): Promise<string>;
  /** After a 401: true when a fresh token was obtained, so the read may be sent once more. */
  renewAfterUnauthorized(staleToken: string): Promise<boolean>;
}

export function callerSession(token: string, projectId: string): Session {
  const key = `caller:${projectId}:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
  return {
    projectId,
    kind: 'caller',
    key,
    token: () => Promise.resolve(token),
    renewAfterUnauthorized: () => Promise.resolve(false),
  };
}

/** Renew this long before the upstream expiry (tokens live 24 h, reference §3.2). */
const RENEW_BEFORE_MS = 60 * 60 * 1000;

export class ServiceAccount {
  #current: IamToken | undefined;
  #pending: Promise<IamToken> | undefined;

  constructor(
    private readonly iam: IamClient,
    private readonly account: IamAccount,
  ) {}

  /** Logs in once at start so a wrong password fails the start, not the first query. */
  async session(): Promise<Session> {
    const first = await this.#fresh();
    const key = `service-account:${first.projectId}`;
    return {
      projectId: first.projectId,
      kind: 'service-account',
      key,
      token: async () => (await this.#fresh()).token,
      renewAfterUnauthorized: async (stale) => {
        if (this.#current?.token === stale) this.#current = undefined;
        await this.#fresh();
        return true;
      },
    };
  }

  async #fresh(): Promise<IamToken> {
    const current = this.#current;
    if (current && current.expiresAt - Date.now() > RENEW_BEFORE_MS) return current;
    // One login at a time, however many requests need a token at once.
    this.#pending ??= this.iam.login(this.account).finally(() => (this.#pending = undefined));
    this.#current = await this.#pending;
    return this.#current;
  }
}
