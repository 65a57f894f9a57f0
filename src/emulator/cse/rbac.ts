/**
 * Security authentication of an exclusive engine (service-center RBAC, registry-behaviour.md "Security"):
 * `POST /v4/token` with `{name, password}` answers `{token}`; every registry call then needs
 * `Authorization: Bearer <token>`. Tokens expire on the emulator clock (default 30 min), so tests can
 * make one run out by advancing the clock.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorClock } from '../clock.js';

/** The engine's one account (service-center's default administrator is called root). */
export const RBAC_ACCOUNT = { name: 'root', password: 'Cse-emulator-1' } as const;

export const RBAC_TOKEN_TTL_MS = 30 * 60 * 1000;

export type RbacCheck = { ok: true } | { ok: false; reason: string };

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export class RbacTokens {
  readonly #expiry = new Map<string, number>();

  constructor(
    private readonly clock: EmulatorClock,
    private readonly ttlMs = RBAC_TOKEN_TTL_MS,
  ) {}

  /** A token for the account, or undefined when name or password is wrong. */
  login(name: unknown, password: unknown): string | undefined {
    if (name !== RBAC_ACCOUNT.name || password !== RBAC_ACCOUNT.password) return undefined;
    const expiresAt = this.clock.now() + this.ttlMs;
    // JWT-shaped as service-center's are, so a client can read `exp` (seconds); the signature is opaque.
    const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: name, exp: Math.floor(expiresAt / 1000) })}.${randomBytes(24).toString('base64url')}`;
    this.#expiry.set(token, expiresAt);
    return token;
  }

  check(authorization: string | undefined): RbacCheck {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return { ok: false, reason: 'this engine has security authentication enabled: send "Authorization: Bearer <token>" from POST /v4/token.' };
    const expiresAt = this.#expiry.get(token);
    if (expiresAt === undefined) return { ok: false, reason: 'the bearer token is not valid; obtain one from POST /v4/token.' };
    if (expiresAt <= this.clock.now()) {
      this.#expiry.delete(token);
      return { ok: false, reason: 'the bearer token has expired; obtain a new one from POST /v4/token.' };
    }
    return { ok: true };
  }
}
