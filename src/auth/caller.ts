/**
 * Who is asking, as far as the gateway is concerned: what a caller may do and in which projects.
 * Only service-account mode decides here; in pass-through mode the upstream decides with the caller's token.
 */
import { GraphQLError } from 'graphql';

export type Role = 'viewer' | 'operator';

export interface Caller {
  /** anonymous: no credentials; jwt: a verified bearer JWT; iam-token: the caller's own IAM token (the upstream decides). */
  kind: 'anonymous' | 'jwt' | 'iam-token';
  /** The JWT's `sub`, for logs; never a secret. */
  subject?: string;
  /** A JWT caller's strongest role; others have none (anonymous access is ALLOW_ANONYMOUS, an IAM token's is upstream's). */
  role?: Role;
  /** Mutations allowed (viewer: no, operator: yes). */
  mayWrite: boolean;
  /** Project ids this caller may name in X-Project-Id; '*' is any. */
  projects: '*' | ReadonlySet<string>;
  /** A JWT caller's last moment (epoch ms, clock tolerance included): its subscriptions end then (auth/token-expiry.ts). */
  expiresAt?: number;
}

/** A caller with an IAM token of its own: the gateway adds no rule, the upstream has the last word. */
export const IAM_TOKEN_CALLER: Caller = { kind: 'iam-token', mayWrite: true, projects: '*' };

export function anonymousCaller(access: 'read' | 'write'): Caller {
  // Anonymous callers stay in the configured project: they were let in for the demo, not for every project.
  return { kind: 'anonymous', mayWrite: access === 'write', projects: new Set() };
}

export function mayUseProject(caller: Caller, projectId: string): boolean {
  return caller.projects === '*' || caller.projects.has(projectId);
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
