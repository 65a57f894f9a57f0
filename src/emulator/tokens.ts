/** IAM tokens: opaque strings scoped to one project, valid for 24 h of emulator time (reference §3.2). */
import { randomBytes } from 'node:crypto';
import type { EmulatorClock } from './clock.js';
import type { Project } from './tenancy.js';

export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface TokenGrant {
  token: string;
  project: Project;
  user: string;
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck = { ok: true; grant: TokenGrant } | { ok: false; reason: string };

export class TokenStore {
  readonly #grants = new Map<string, TokenGrant>();

  constructor(private readonly clock: EmulatorClock) {}

  issue(user: string, project: Project): TokenGrant {
    // Real IAM tokens are long base64 blobs starting with "MII"; clients must treat them as opaque.
    const token = `MII${randomBytes(48).toString('base64url')}`;
    const issuedAt = this.clock.now();
    const grant: TokenGrant = { token, project, user, issuedAt, expiresAt: issuedAt + TOKEN_TTL_MS };
    this.#grants.set(token, grant);
    return grant;
  }

  check(token: string | undefined): TokenCheck {
    if (!token) return { ok: false, reason: 'the X-Auth-Token header is missing.' };
    const grant = this.#grants.get(token);
    if (!grant) return { ok: false, reason: 'the token is not valid.' };
    if (grant.expiresAt <= this.clock.now()) {
      this.#grants.delete(token);
      return { ok: false, reason: 'the token has expired; obtain a new one from POST /v3/auth/tokens.' };
    }
    return { ok: true, grant };
  }

  clear(): void {
    this.#grants.clear();
  }
}
