/**
 * Config center routes: GET /v3/{project_id}/configuration/items (reference §5.19) and the emulator's
 * own seeding route POST /__emulator/config-items (the reference has no write API).
 */
import type { RouteTable } from '../http/routes.js';
import { ok } from '../http/routes.js';
import { configError, controlError } from '../http/errors.js';
import type { EmulatorState } from '../state.js';
import { DEFAULT_PROJECT, findProject } from '../tenancy.js';
import { ConfigCenterError, configEnvironment, parseDimension, type ConfigEnvironment } from './config-center.js';
import { header, query } from './http-adapter.js';
import { ENVIRONMENTS, isObject } from './validate.js';
import { CONFIG_ENVIRONMENT_HEADER, type ConfigItemsResponse } from '../../wire/cse.js';
import type { ConfigItemsSeed } from '../../wire/emulator-control.js';

export function registerConfigRoutes(routes: RouteTable, state: EmulatorState, options: { serve: boolean } = { serve: true }): void {
  if (options.serve) routes.add({
    method: 'GET',
    path: '/v3/{project_id}/configuration/items',
    api: 'config',
    handler: (req) => {
      const center = state.registry(req.tenant.id).config;
      const environment = configEnvironment(header(req.headers, CONFIG_ENVIRONMENT_HEADER));
      let answer;
      try {
        answer = center.query(environment, query(req, 'dimensionsInfo'), query(req, 'keyFilter'));
      } catch (err) {
        if (err instanceof ConfigCenterError) throw configError('SVCSTG.00300607', err.message);
        throw err;
      }
      // Table 5-41: the same revision as the caller's -> 304 without a body.
      if (query(req, 'revision') === answer.revision) return { status: 304 };
      const body: ConfigItemsResponse = { ...answer.dimensions, revision: { version: answer.revision } };
      return ok(body);
    },
  });

  routes.add({
    method: 'POST',
    path: '/__emulator/config-items',
    api: 'control',
    handler: (req) => {
      const seed = parseSeed(req.body);
      const project = seed.project === undefined ? DEFAULT_PROJECT : findProject({ id: seed.project, name: seed.project });
      if (!project) throw controlError(400, `"project" ${seed.project} is neither a project id nor a project name.`);
      const revision = state.registry(project.id).config.set(seed.environment, seed.dimension, seed.items);
      return ok({ revision });
    },
  });
}

function parseSeed(body: unknown): { project?: string; environment: ConfigEnvironment; dimension: string; items: Record<string, string> } {
  if (!isObject(body)) throw controlError(400, 'A config-items seed is a JSON object {project?, environment?, dimension, items}.');
  const seed = body as Partial<Record<keyof ConfigItemsSeed, unknown>>;
  if (seed.project !== undefined && typeof seed.project !== 'string') throw controlError(400, '"project" must be a project id or name.');
  let environment: ConfigEnvironment = '';
  if (seed.environment !== undefined && seed.environment !== '') {
    if (typeof seed.environment !== 'string' || !(ENVIRONMENTS as readonly string[]).includes(seed.environment)) {
      throw controlError(400, `"environment" must be one of ${ENVIRONMENTS.join(', ')}, or left out for none.`);
    }
    environment = seed.environment as ConfigEnvironment;
  }
  if (typeof seed.dimension !== 'string') throw controlError(400, '"dimension" must be "service@app" or "service@app#version".');
  try {
    parseDimension(seed.dimension);
  } catch (err) {
    if (err instanceof ConfigCenterError) throw controlError(400, `"dimension": ${err.message}`);
    throw err;
  }
  if (!isObject(seed.items) || Object.values(seed.items).some((v) => typeof v !== 'string')) {
    throw controlError(400, '"items" must be an object of string values.');
  }
  const out: { project?: string; environment: ConfigEnvironment; dimension: string; items: Record<string, string> } = {
    environment,
    dimension: seed.dimension,
    items: seed.items as Record<string, string>,
  };
  if (seed.project !== undefined) out.project = seed.project;
  return out;
}
