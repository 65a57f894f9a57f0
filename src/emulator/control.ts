/** The control API under /__emulator: info, reset, seed, clock, call counts, faults, failing jobs, settings. */
import type { EmulatorState } from './state.js';
import { noContent, ok, type RouteTable } from './http/routes.js';
import { controlError } from './http/errors.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT } from './tenancy.js';
import { parseSeedSpec, seedSynthetic } from './seed.js';
import type { EmulatorInfo, FaultSpec, JobFailureSpec } from '../wire/emulator-control.js';

export function registerControlRoutes(routes: RouteTable, state: EmulatorState, baseUrl: () => string): void {
  const add = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, handler: Parameters<RouteTable['add']>[0]['handler']) =>
    routes.add({ method, path, api: 'control', handler });

  add('GET', '/__emulator/info', () => {
    const info: EmulatorInfo = {
      baseUrl: baseUrl(),
      projects: state.projects.map(({ id, name }) => ({ id, name })),
      account: { domain: DEMO_DOMAIN.name, user: DEMO_USER.name, password: DEMO_USER.password, project: DEFAULT_PROJECT.name },
      settings: { ...state.settings },
    };
    return ok(info);
  });

  add('POST', '/__emulator/reset', (req) => {
    const demo = (req.body as { demo?: unknown } | undefined)?.demo;
    if (demo !== undefined && typeof demo !== 'boolean') throw controlError(400, '"demo" must be true or false.');
    state.reset(demo ?? true);
    return noContent();
  });

  add('POST', '/__emulator/seed', (req) => ok(seedSynthetic(state, parseSeedSpec(req.body))));

  add('GET', '/__emulator/clock', () => ok({ now: state.clock.now(), offsetMs: state.clock.offsetMs }));

  add('POST', '/__emulator/clock/advance', (req) => {
    const ms = (req.body as { ms?: unknown } | undefined)?.ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw controlError(400, '"ms" must be a non-negative number.');
    state.clock.advance(ms);
    return ok({ now: state.clock.now(), offsetMs: state.clock.offsetMs });
  });

  add('GET', '/__emulator/calls', () => ok(state.calls.snapshot()));
  add('DELETE', '/__emulator/calls', () => {
    state.calls.reset();
    return noContent();
  });

  add('GET', '/__emulator/faults', () => ok({ faults: state.faults.list() }));
  add('POST', '/__emulator/faults', (req) => {
    const spec = parseFault(req.body);
    return { status: 201, body: state.faults.add(spec) };
  });
  add('DELETE', '/__emulator/faults', () => {
    state.faults.clear();
    return noContent();
  });
  add('DELETE', '/__emulator/faults/{fault_id}', (req) => {
    if (!state.faults.remove(req.params.fault_id ?? '')) throw controlError(404, 'No such fault.');
    return noContent();
  });

  add('POST', '/__emulator/jobs/fail-next', (req) => {
    const spec = (req.body ?? {}) as JobFailureSpec;
    if (spec.count !== undefined && (!Number.isInteger(spec.count) || spec.count < 1)) throw controlError(400, '"count" must be a positive integer.');
    if (spec.atTask !== undefined && (!Number.isInteger(spec.atTask) || spec.atTask < 1)) throw controlError(400, '"atTask" must be a positive integer (1-based).');
    return ok({ pending: state.planJobFailures(spec) });
  });

  add('PUT', '/__emulator/settings', (req) => {
    const body = (req.body ?? {}) as { jobStepMs?: unknown };
    if (body.jobStepMs !== undefined) {
      if (typeof body.jobStepMs !== 'number' || !(body.jobStepMs >= 1)) throw controlError(400, '"jobStepMs" must be a number >= 1.');
      state.settings.jobStepMs = body.jobStepMs;
    }
    return ok({ ...state.settings });
  });
}

function parseFault(body: unknown): FaultSpec {
  if (typeof body !== 'object' || body === null) throw controlError(400, 'A fault is a JSON object; see FaultSpec in the README.');
  const spec = body as FaultSpec;
  const num = (v: unknown, name: string, min: number, max = Infinity) => {
    if (v !== undefined && (typeof v !== 'number' || !(v >= min && v <= max))) throw controlError(400, `"${name}" must be a number from ${min} to ${max}.`);
  };
  num(spec.latencyMs, 'latencyMs', 0, 600_000);
  num(spec.status, 'status', 400, 599);
  num(spec.errorRate, 'errorRate', 0, 1);
  num(spec.times, 'times', 1);
  if (spec.phase !== undefined && spec.phase !== 'before' && spec.phase !== 'after') throw controlError(400, '"phase" must be "before" or "after".');
  if (spec.body !== undefined && spec.body !== 'malformed' && spec.body !== 'empty') throw controlError(400, '"body" must be "malformed" or "empty".');
  const api = spec.match?.api;
  if (api !== undefined && !['cas', 'cse', 'config', 'iam'].includes(api)) throw controlError(400, '"match.api" must be cas, cse, config or iam.');
  if (!spec.latencyMs && spec.status === undefined && !spec.hang && !spec.drop && !spec.body) {
    throw controlError(400, 'A fault needs at least one of latencyMs, status, hang, drop or body.');
  }
  return spec;
}
