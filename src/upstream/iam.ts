/** IAM password login (reference §3.1-3.2): POST /v3/auth/tokens, the token in X-Subject-Token. */
import type { HttpCore } from './http.js';
import { UpstreamError } from './errors.js';
import type { IamTokenRequest, IamTokenResponse } from '../wire/iam.js';

/** An IAM user's password credentials and the project it logs in to by default: what the gateway's service account is configured with. */
export interface IamAccount {
  domain: string;
  user: string;
  password: string;
  projectName: string;
}

/** The project a token is scoped to, by name or id (reference §3.2). */
export type IamScope = { name: string } | { id: string };

export interface IamToken {
  token: string;
  projectId: string;
  projectName: string;
  expiresAt: number;
}

export class IamClient {
  constructor(private readonly http: HttpCore) {}

  /** `scope`: the project to log in to, `account.projectName` unless given. */
  async login(account: IamAccount, scope: IamScope = { name: account.projectName }): Promise<IamToken> {
    const body: IamTokenRequest = {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: account.user, password: account.password, domain: { name: account.domain } } },
        },
        scope: { project: scope },
      },
    };
    const route = '/v3/auth/tokens';
    // A login creates nothing a second attempt could duplicate, so it may be retried like a read.
    const res = await this.http.request<IamTokenResponse>({ api: 'iam', method: 'POST', route, path: route, body, idempotent: true });
    const header = res.headers['x-subject-token'];
    const token = Array.isArray(header) ? header[0] : header;
    const project = res.body?.token?.project;
    if (!token || !project?.id) {
      throw new UpstreamError({ kind: 'BAD_RESPONSE', api: 'iam', method: 'POST', route, upstreamMessage: 'no X-Subject-Token header or project in the answer' });
    }
    return { token, projectId: project.id, projectName: project.name, expiresAt: Date.parse(res.body.token.expires_at) };
  }
}
