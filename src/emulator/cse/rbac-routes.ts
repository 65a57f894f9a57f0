/** The registry's login route and the tenant of a call to an engine with security authentication (rbac.ts). */
import type { IncomingMessage } from 'node:http';
import type { EmulatorState } from '../state.js';
import type { RouteTable } from '../http/routes.js';
import { ok } from '../http/routes.js';
import { cseError } from '../http/errors.js';
import { DEFAULT_PROJECT, type Project } from '../tenancy.js';
import { isObject } from './validate.js';

export function registerRbacRoutes(routes: RouteTable, state: EmulatorState): void {
  routes.add({
    method: 'POST',
    path: '/v4/token',
    api: 'cse',
    public: true,
    handler: (req) => {
      const body = isObject(req.body) ? req.body : {};
      const token = state.rbac.login(body.name, body.password);
      if (!token) throw cseError('401002', 'the account name or password is wrong.');
      return ok({ token });
    },
  });
}

/**
 * With security authentication, the bearer token is what the engine checks. The tenant is the
 * project of an IAM token sent alongside (the gateway in pass-through mode sends one), else the
 * default project: an exclusive engine belongs to one project.
 */
export function rbacTenant(state: EmulatorState, req: IncomingMessage, params: Record<string, string>): Project {
  const header = req.headers.authorization;
  const check = state.rbac.check(Array.isArray(header) ? header[0] : header);
  if (!check.ok) throw cseError('401002', check.reason);
  const iam = req.headers['x-auth-token'];
  const grant = state.tokens.check(Array.isArray(iam) ? iam[0] : iam);
  const project = grant.ok ? grant.grant.project : DEFAULT_PROJECT;
  const pathProject = params.project_id;
  if (pathProject !== 'default' && pathProject !== project.id) throw cseError('401002', `this engine serves project ${project.id}, not ${pathProject}.`);
  return project;
}
