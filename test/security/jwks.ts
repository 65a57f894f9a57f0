/** An identity provider of the test's own: a JWKS on a free port and tokens signed with its key (or not). */
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { test as base } from '../support/fixtures.js';
import { startStack, type TestStack } from '../support/gateway.js';

export const ISSUER = 'https://idp.test.example';
export const AUDIENCE = 'servicestage-gateway';

export interface TestIdp {
  jwksUrl: string;
  /** Times the key set was fetched. */
  fetches(): number;
  /** A token signed with the published key; claims override the defaults (a viewer of every project, valid 5 min). */
  token(claims?: JWTPayload, options?: { expiresIn?: string | number; issuer?: string; audience?: string; key?: 'published' | 'foreign' }): Promise<string>;
  /** Environment for a service-account stack that verifies callers against this JWKS (and lets no anonymous caller in). */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

const KID = 'test-key-1';

export async function startIdp(): Promise<TestIdp> {
  const published = await generateKeyPair('RS256');
  // Same kid, another key: a forger who knows which key the gateway will pick.
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches++;
    if (req.url !== '/jwks.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const jwksUrl = `http://127.0.0.1:${port}/jwks.json`;
  return {
    jwksUrl,
    fetches: () => fetches,
    token: async (claims = {}, options = {}) => {
      const key: CryptoKey = options.key === 'foreign' ? foreign.privateKey : published.privateKey;
      return new SignJWT({ roles: ['viewer'], projects: ['*'], ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: KID })
        .setSubject(String(claims.sub ?? 'test-user'))
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(key);
    },
    env: () => ({ AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, ALLOW_ANONYMOUS: '' }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An unsigned token (`alg: none`) with the claims a real one would carry. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: ISSUER, aud: AUDIENCE, sub: 'forger', iat: now, exp: now + 300, ...claims })}.`;
}

/**
 * Fixtures for the JWT callers' tests: the file's identity provider (`idp`), and a service-account stack
 * that verifies callers against it (`idpStack`, started per `stackOptions` as `stack` is; its mode and
 * the idp's settings are filled in).
 */
export const test = base
  .extend('idp', ({ resources }): Promise<TestIdp> => resources.get('idp', resources, startIdp, (idp) => idp.stop()))
  .extend('idpStack', ({ resources, idp, stackOptions }): Promise<TestStack> =>
    resources.get('idp stack', stackOptions, () => startStack({ ...stackOptions, mode: 'service-account', env: { ...idp.env(), ...stackOptions.env } }), (stack) => stack.stop()),
  );
