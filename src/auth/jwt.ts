/**
 * Bearer JWTs of service-account mode, verified with jose against the identity provider's JWKS:
 * signature by an asymmetric key of the set, issuer, audience, expiry; then roles and projects claims.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { unauthenticated, type Caller, type Role } from './caller.js';

export interface JwtSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/** Asymmetric algorithms only: a JWKS holds public keys, and HS256 with a public key as secret is a classic forgery; `none` is never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

const ROLES: readonly Role[] = ['viewer', 'operator'];

/** Tokens may be a few seconds early or late between machines. */
const CLOCK_TOLERANCE_S = 30;

function rolesOf(payload: JWTPayload): Role[] {
  const claim = payload.roles;
  const list = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return list.filter((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r));
}

function projectsOf(payload: JWTPayload): Caller['projects'] {
  const claim = payload.projects;
  const list = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const ids = list.filter((p): p is string => typeof p === 'string' && p !== '');
  return ids.includes('*') ? '*' : new Set(ids);
}

export class JwtVerifier {
  readonly #keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: JwtSettings) {
    // jose caches the set, refetches it when a token names an unknown key (at most every 30 s), and times out after 5 s.
    this.#keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  }

  async verify(token: string): Promise<Caller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.#keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      throw this.#explain(err);
    }
    const roles = rolesOf(payload);
    if (roles.length === 0) throw unauthenticated('The bearer token has no role this gateway knows: its "roles" claim must hold "viewer" (query, subscribe) or "operator" (also mutate).');
    return {
      kind: 'jwt',
      subject: typeof payload.sub === 'string' ? payload.sub : undefined,
      role: roles.includes('operator') ? 'operator' : 'viewer',
      mayWrite: roles.includes('operator'),
      projects: projectsOf(payload),
      // `exp` is a required claim, so jose has checked it is a number.
      expiresAt: ((payload.exp as number) + CLOCK_TOLERANCE_S) * 1000,
    };
  }

  #explain(err: unknown): GraphQLError {
    if (err instanceof errors.JWTExpired) return unauthenticated('The bearer token has expired: get a new one from your identity provider.');
    if (err instanceof errors.JWTClaimValidationFailed) {
      const what = err.claim === 'iss' ? `its issuer is not ${this.settings.issuer}` : err.claim === 'aud' ? `it is not meant for ${this.settings.audience}` : `its "${err.claim}" claim is not valid (${err.reason})`;
      return unauthenticated(`The bearer token is refused: ${what}.`);
    }
    if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || !(err instanceof errors.JOSEError)) {
      // Our identity provider is away: not the caller's fault, and nothing to retry with other credentials.
      return new GraphQLError('The identity provider\'s keys (AUTH_JWKS_URL) could not be read; try again shortly.', {
        extensions: { code: 'UPSTREAM_UNAVAILABLE', http: { status: 503 } },
      });
    }
    if (err instanceof errors.JOSEAlgNotAllowed) return unauthenticated(`The bearer token is refused: it is not signed with one of ${ALGORITHMS.join(', ')}.`);
    if (err instanceof errors.JWKSNoMatchingKey) return unauthenticated('The bearer token is refused: no key of the identity provider matches its signature.');
    if (err instanceof errors.JWSSignatureVerificationFailed) return unauthenticated('The bearer token is refused: its signature does not verify.');
    return unauthenticated('The bearer token is not a valid signed JWT: send "Authorization: Bearer <JWT from your identity provider>".');
  }
}
