import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect } from 'vitest';
import { startChild, type ChildServer } from '../../bench/processes.js';
import { npmScript } from '../../bench/npm-script.js';
import { buildPackage, type BuiltPackage } from '../support/compiled.js';
import { test as base, type Resources } from '../support/fixtures.js';
import { data, type GraphQLResponse } from '../support/gateway.js';
import type { DashboardQuery } from '../../operations/generated/graphql.js';
import type { EmulatorInfo } from '../../src/wire/emulator-control.js';

/**
 * `npm start` and `npm run emulator` as a newcomer runs them after `npm ci`: the compiled build
 * (`node dist/main.js`), real processes, ports chosen by the OS. The test compiles the source itself,
 * so it checks the build as well as the start and never trusts a stale dist/.
 */
/** The npm script `name` of the package compiled for the file (its node flags and entry), started once and stopped after the file. */
const script = (resources: Resources, built: BuiltPackage, name: string, env: Record<string, string>, ready: RegExp) =>
  resources.get(
    `npm run ${name}`,
    built,
    () => {
      const { nodeArgs, entry } = npmScript(name, pathToFileURL(join(built.dir, 'package.json')));
      return startChild(entry, env, ready, { cwd: built.dir, nodeArgs });
    },
    (server: ChildServer) => server.stop(),
  );

const test = base
  .extend('built', ({ resources }) => resources.get('built package', resources, buildPackage, async (built: BuiltPackage) => built.remove()))
  .extend('start', ({ resources, built }) =>
    script(resources, built, 'start', { PORT: '0', EMULATOR_PORT: '0', CAS_URL: '', CSE_URL: '', IAM_URL: '' }, /GraphiQL:\s+(http:\/\/\S+)/),
  )
  .extend('emulator', ({ resources, built }) => script(resources, built, 'emulator', { EMULATOR_PORT: '0' }, /listening on (http:\/\/\S+)/));

describe('npm start', () => {
  test('should print the GraphiQL URL, the emulator URL and the demo login', ({ start: server }) => {
    expect(server.output).toMatch(/Embedded ServiceStage emulator: http:\/\/127\.0\.0\.1:\d+/);
    expect(server.output).toMatch(/demo login:\s+domain demo-domain, user demo, password \S+, project cn-north-4/);
    // The demo lets anonymous callers write, and says so.
    expect(server.output).toMatch(/callers:.*ANONYMOUS MAY READ AND WRITE \(ALLOW_ANONYMOUS=write\)/);
  });

  test('should answer /health with the package version, read from the compiled layout', async ({ start: server }) => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const res = await fetch(server.url.replace('/graphql', '/health'));
    expect(await res.json()).toEqual({ status: 'ok', version });
  });

  test('should serve GraphiQL with the example operation to a browser', async ({ start: server }) => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('query Dashboard');
  });

  test('should answer the example operation with the demo data and no token', async ({ start: server }) => {
    const { EXAMPLE_OPERATION } = await import('../../src/example-operation.js');
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EXAMPLE_OPERATION }) });
    const answer = data({ status: res.status, body: (await res.json()) as GraphQLResponse<DashboardQuery>['body'] });
    const instances = answer.environments.nodes.flatMap((e) => e.applications.nodes.flatMap((a) => a.components.nodes.flatMap((c) => c.instances.nodes)));
    expect(instances.length).toBeGreaterThan(0);
    expect(instances.some((i) => i.microserviceInstances.length > 0)).toBe(true);
  });
});

describe('npm run emulator', () => {
  test('should print its URL and the demo account, and describe itself', async ({ emulator: server }) => {
    expect(server.output).toMatch(/demo login: domain demo-domain, user demo, password \S+/);
    const info = (await (await fetch(`${server.url}/__emulator/info`)).json()) as EmulatorInfo;
    expect(info.baseUrl).toBe(server.url);
    expect(info.projects).toHaveLength(2);
  });
});
