/**
 * Whose credentials an upstream call carries. A caller's own token passes through; in
 * service-account mode the gateway logs in itself and renews the token before it expires.
 */
import { createHash } from 'node:crypto';
import type { IamAccount, IamClient, IamScope, IamToken } from './iam.js';

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

/**
 * One project's token of the service account. Single-flight: however many requests need a token or
 * hit a 401 at once, one login is in flight and all of them wait for it.
 */
class ProjectLogin {
  #current: IamToken | undefined;
  #pending: Promise<IamToken> | undefined;
  #session: Session | undefined;

  constructor(private readonly login: () => Promise<IamToken>) {}

  /**
   * The one session over this login. It holds no state of its own, so every request and subscription
   * of the project shares it (50,000 subscriptions held 50,000 copies, each with its closures and key),
   * and a poll loop that sets it aside after a 401 sets aside these credentials, not one copy of them.
   */
  session(projectId: string): Session {
    return (this.#session ??= Object.freeze({
      projectId,
      kind: 'service-account',
      key: `service-account:${projectId}`,
      token: async () => (await this.fresh()).token,
      renewAfterUnauthorized: async (stale: string) => {
        await this.renew(stale);
        return true;
      },
    } as const));
  }

  get hasToken(): boolean {
    return this.#current !== undefined;
  }

  async fresh(): Promise<IamToken> {
    const current = this.#current;
    if (current && current.expiresAt - Date.now() > RENEW_BEFORE_MS) return current;
    return this.#loginOnce();
  }

  /** After a 401 with `stale`: a new login unless one already replaced that token (or is replacing it). */
  async renew(stale: string): Promise<IamToken> {
    if (this.#pending) return this.#pending;
    if (this.#current && this.#current.token !== stale) return this.#current;
    this.#current = undefined;
    return this.#loginOnce();
  }

  #loginOnce(): Promise<IamToken> {
    this.#pending ??= this.login().then(
      (token) => {
        this.#current = token;
        this.#pending = undefined;
        return token;
      },
      (err: unknown) => {
        this.#pending = undefined;
        throw err;
      },
    );
    return this.#pending;
  }
}

/**
 * The gateway's service account: its IamAccount logged in, one login per project, handing out sessions
 * whose tokens it renews. Its credentials are configured (config.ts `serviceAccount`), never a caller's.
 */
export class ServiceAccount {
  readonly #home: ProjectLogin;
  /** Logins per project id, the configured project's included once its id is known; at most one per project. */
  readonly #byProject = new Map<string, ProjectLogin>();
  #homeProjectId: string | undefined;

  constructor(
    private readonly iam: IamClient,
    private readonly account: IamAccount,
  ) {
    this.#home = new ProjectLogin(() => this.#login({ name: account.projectName }));
  }

  /** Logs in once at start so a wrong password fails the start, not the first query; answers the configured project's id. */
  async start(): Promise<string> {
    const first = await this.#home.fresh();
    this.#homeProjectId = first.projectId;
    this.#byProject.set(first.projectId, this.#home);
    return first.projectId;
  }

  /**
   * The account's session in a project: the configured one, or `projectId` (a caller's X-Project-Id the
   * caller was found to be allowed). The login happens on first use, so a refused operation costs nothing.
   */
  session(projectId?: string): Session {
    const id = projectId ?? this.#homeProjectId;
    if (!id) throw new Error('ServiceAccount.start() must run before sessions are handed out');
    let login = this.#byProject.get(id);
    if (!login) {
      const created = new ProjectLogin(() =>
        this.#login({ id }).catch((err: unknown) => {
          // A project the account cannot enter is not kept: the map holds only projects that worked.
          if (this.#byProject.get(id) === created && !created.hasToken) this.#byProject.delete(id);
          throw err;
        }),
      );
      login = created;
      this.#byProject.set(id, login);
    }
    return login.session(id);
  }

  /** Logs in to the configured project by name, or to a project a caller named by id. */
  #login(scope: IamScope): Promise<IamToken> {
    return this.iam.login(this.account, scope);
  }
}
