/** POST /v3/auth/tokens: password method, project scope; the token comes back in X-Subject-Token (reference §3.1). */
import type { EmulatorState } from './state.js';
import type { RouteTable } from './http/routes.js';
import { iamError } from './http/errors.js';
import { DEMO_DOMAIN, DEMO_USER, findProject } from './tenancy.js';
import type { IamTokenRequest, IamTokenResponse } from '../wire/iam.js';

export function registerIamRoutes(routes: RouteTable, state: EmulatorState): void {
  routes.add({
    method: 'POST',
    path: '/v3/auth/tokens',
    api: 'iam',
    handler: (req) => {
      const auth = (req.body as Partial<IamTokenRequest> | undefined)?.auth;
      if (!auth?.identity?.methods?.includes('password') || !auth.identity.password?.user) {
        throw iamError(400, "The request must use the 'password' method: auth.identity.methods = [\"password\"] with auth.identity.password.user.");
      }
      const { user } = auth.identity.password;
      const domainMatches = user.domain?.name === DEMO_DOMAIN.name || user.domain?.id === DEMO_DOMAIN.id;
      if (!domainMatches || user.name !== DEMO_USER.name || user.password !== DEMO_USER.password) {
        throw iamError(401, 'The username or password is wrong.');
      }
      const scope = auth.scope?.project;
      if (!scope || (scope.id === undefined && scope.name === undefined)) {
        throw iamError(400, 'A project-scoped token is required: set auth.scope.project.name or .id (reference §3.2).');
      }
      const project = findProject(scope);
      if (!project) throw iamError(401, `The project ${scope.name ?? scope.id} does not exist or the user has no access to it.`);
      const grant = state.tokens.issue(user.name, project);
      const body: IamTokenResponse = {
        token: {
          expires_at: new Date(grant.expiresAt).toISOString(),
          issued_at: new Date(grant.issuedAt).toISOString(),
          methods: ['password'],
          project: { id: project.id, name: project.name, domain: { id: DEMO_DOMAIN.id, name: DEMO_DOMAIN.name } },
          user: { id: DEMO_USER.id, name: DEMO_USER.name, domain: { id: DEMO_DOMAIN.id, name: DEMO_DOMAIN.name } },
          catalog: [],
        },
      };
      return { status: 201, body, headers: { 'X-Subject-Token': grant.token } };
    },
  });
}
