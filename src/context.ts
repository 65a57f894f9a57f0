/**
 * The per-request context: whose credentials, the upstream clients bound to them, and a fresh set
 * of loaders, made on first use. Nothing here outlives the request, so no cached answer can reach
 * another caller.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { CasClient } from './upstream/cas.js';
import { CseClient, type RegistryTransport } from './upstream/cse.js';
import type { HttpCore } from './upstream/http.js';
import { callerSession, type ServiceAccount, type Session } from './upstream/session.js';
import { createCasLoaders, type CasLoaders } from './loaders/cas.js';
import { createCseLoaders, type CseLoaders } from './loaders/cse.js';
import type { RecentWrites, SessionWrites } from './loaders/recent-writes.js';
import type { AnonymousAccess, CredentialsMode } from './config.js';
import type { LiveHub } from './live/hub.js';
import { anonymousCaller, forbidden, IAM_TOKEN_CALLER, mayUseProject, unauthenticated, type Caller } from './auth/caller.js';
import type { JwtVerifier } from './auth/jwt.js';
import { checkCredentialValue } from './graph/caller-headers.js';
import { OperationBudget, type BudgetSettings, type CallerSignal } from './upstream/budget.js';

/** Where a request's credentials come from: HTTP headers, or graphql-ws connection params of the same names. */
export interface CredentialSource {
  get(name: string): string | undefined;
}

export interface GatewayContext {
  requestId: string;
  /** Who asked and what the gateway lets them do (role, projects); the role is applied per operation by useRoleCheck. */
  caller: Caller;
  session: Session;
  cas: CasClient;
  cse: CseClient;
  /** `forget()` drops every cached answer: a subscription's context does, before each event (graph/event-budget.ts). */
  loaders: { cas: CasLoaders; cse: CseLoaders; forget?(): void };
  /** Process-wide live updates (shared pollers); not per request. */
  live: LiveHub;
  /** What this operation may still spend upstream (MAX_UPSTREAM_CALLS, OPERATION_TIMEOUT_MS). */
  budget: OperationBudget;
}

/** `signal`: the caller's request, aborted when it goes away. */
export type ContextFactory = (credentials: CredentialSource, signal?: CallerSignal) => Promise<GatewayContext>;

export interface ContextDeps {
  casHttp: HttpCore;
  cseHttp: HttpCore | RegistryTransport;
  /** Project for application management paths when a caller does not send X-Project-Id. */
  defaultProjectId: string;
  mode: CredentialsMode;
  /** Started (logged in to its configured project), in service-account mode. */
  serviceAccount?: ServiceAccount;
  /** Service-account mode: how bearer JWTs are verified; unset, no bearer JWT is accepted. */
  jwt?: JwtVerifier;
  /** Service-account mode: what a caller without credentials may do. */
  anonymous: AnonymousAccess;
  live: LiveHub;
  /** The registry writes each caller made lately (read-your-writes over a lagging registry). */
  recentWrites?: RecentWrites;
  /** How a request's loaders are made; the benchmark swaps in a naive set to measure what batching saves. */
  createLoaders?: LoaderFactory;
  /** Per-operation upstream budget (MAX_UPSTREAM_CALLS, OPERATION_TIMEOUT_MS). */
  budget: BudgetSettings;
}

/** The two halves are made apart: an operation of one API never pays for the other's loaders. */
export interface LoaderFactory {
  cas(cas: CasClient): CasLoaders;
  cse(cse: CseClient, writes?: SessionWrites): CseLoaders;
}

const defaultLoaders: LoaderFactory = { cas: createCasLoaders, cse: createCseLoaders };

/**
 * A request's loaders, made when first used: a subscription lives for hours on its context and
 * most never read through loaders, so thousands of them hold none. A class, so the context holds
 * one small object (yoga copies the context's own properties; the getters stay on the prototype).
 */
class RequestLoaders {
  #cas: CasLoaders | undefined;
  #cse: CseLoaders | undefined;

  constructor(
    private readonly make: LoaderFactory,
    private readonly casClient: CasClient,
    private readonly cseClient: CseClient,
    private readonly writes: SessionWrites | undefined,
  ) {}

  get cas(): CasLoaders {
    return (this.#cas ??= this.make.cas(this.casClient));
  }

  get cse(): CseLoaders {
    return (this.#cse ??= this.make.cse(this.cseClient, this.writes));
  }

  /** The next read goes upstream again: what an earlier event of a subscription loaded may have changed since. */
  forget(): void {
    this.#cas = undefined;
    this.#cse = undefined;
  }
}

export const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Project ids are path segments upstream: letters, digits, `-` and `_` only (IAM ids are 32 hex digits). */
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

function bearerOf(credentials: CredentialSource): string | undefined {
  const bearer = credentials.get('authorization')?.match(/^Bearer\s+([^]*)$/i)?.[1];
  return bearer === undefined ? undefined : checkCredentialValue('Authorization', bearer);
}

function projectOf(credentials: CredentialSource): string | undefined {
  const named = credentials.get('x-project-id');
  if (named === undefined) return undefined;
  if (!PROJECT_ID.test(named)) {
    throw new GraphQLError('X-Project-Id must be a project id (letters, digits, "-" and "_", at most 64): see "My Credentials > Projects" in the console.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return named;
}

const NO_CREDENTIALS_PASSTHROUGH = 'No credentials: send your IAM token as "Authorization: Bearer <token>" or "X-Auth-Token", and your project as "X-Project-Id".';

/**
 * Service-account mode: the gateway holds the upstream credentials, so it decides who may use them.
 * A bearer token is a JWT of the identity provider; X-Auth-Token is a caller's own IAM token (its own
 * rights upstream, no service account); no credentials is anonymous, only if ALLOW_ANONYMOUS says so.
 */
async function serviceAccountCaller(deps: ContextDeps, credentials: CredentialSource, project: string | undefined): Promise<{ caller: Caller; session: Session }> {
  const account = deps.serviceAccount!;
  const bearer = bearerOf(credentials);
  const rawIamToken = credentials.get('x-auth-token');
  const iamToken = rawIamToken ? checkCredentialValue('X-Auth-Token', rawIamToken) : undefined;
  let caller: Caller;
  if (bearer) {
    if (!deps.jwt) throw unauthenticated('This gateway accepts no bearer JWTs (AUTH_JWKS_URL is not set): send no credentials, or your own IAM token as "X-Auth-Token".');
    caller = await deps.jwt.verify(bearer);
  } else if (iamToken) {
    return { caller: IAM_TOKEN_CALLER, session: callerSession(iamToken, project ?? deps.defaultProjectId) };
  } else if (deps.anonymous !== 'none') {
    caller = anonymousCaller(deps.anonymous);
  } else {
    throw unauthenticated(
      deps.jwt
        ? 'No credentials: send "Authorization: Bearer <JWT>" from your identity provider (or your own IAM token as "X-Auth-Token").'
        : 'No credentials: this gateway accepts only callers with their own IAM token ("X-Auth-Token"); its operator may set AUTH_JWKS_URL or ALLOW_ANONYMOUS.',
    );
  }
  const home = account.session();
  const projectId = project ?? home.projectId;
  // Anonymous callers stay in the configured project; a JWT caller only in the projects its claim lists.
  const allowed = projectId === home.projectId ? caller.kind === 'anonymous' || mayUseProject(caller, projectId) : mayUseProject(caller, projectId);
  if (!allowed) {
    throw forbidden(
      caller.kind === 'anonymous'
        ? `Anonymous callers may use only the gateway's own project ${home.projectId}; send "Authorization: Bearer <JWT>" whose "projects" claim lists ${projectId}.`
        : `Your token's "projects" claim does not list project ${projectId}: ask for a token that does, or leave out X-Project-Id if your token lists ${home.projectId}.`,
    );
  }
  return { caller, session: projectId === home.projectId ? home : account.session(projectId) };
}

export function createContextFactory(deps: ContextDeps): ContextFactory {
  return async (credentials, signal) => {
    const incomingId = credentials.get('x-request-id');
    const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    const project = projectOf(credentials);
    let caller: Caller;
    let session: Session;
    if (deps.mode === 'service-account' && deps.serviceAccount) {
      ({ caller, session } = await serviceAccountCaller(deps, credentials, project));
    } else {
      // Pass-through: any bearer token is the caller's IAM token; the upstream decides what it may do.
      const rawToken = credentials.get('x-auth-token');
      const token = bearerOf(credentials) ?? (rawToken ? checkCredentialValue('X-Auth-Token', rawToken) : undefined);
      if (!token) throw unauthenticated(NO_CREDENTIALS_PASSTHROUGH);
      caller = IAM_TOKEN_CALLER;
      session = callerSession(token, project ?? deps.defaultProjectId);
    }
    const budget = new OperationBudget(deps.budget, signal);
    const call = { session, requestId, budget };
    const cas = new CasClient(deps.casHttp, call);
    const cse = new CseClient(deps.cseHttp, call);
    return { requestId, caller, session, cas, cse, loaders: new RequestLoaders(deps.createLoaders ?? defaultLoaders, cas, cse, deps.recentWrites?.of(session.key)), live: deps.live, budget };
  };
}
