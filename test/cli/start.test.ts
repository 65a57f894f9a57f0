import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild, type ChildServer } from '../../bench/processes.js';
import { buildPackage, type BuiltPackage } from '../support/compiled.js';

/**
 * `npm start` and `npm run emulator` as a newcomer runs them after `npm ci`: the compiled build
 * (`node dist/main.js`), real processes, ports chosen by the OS. The test compiles the source itself,
 * so it checks the build as well as the start and never trusts a stale dist/.
 */
let built: BuiltPackage;
/** The file an npm script runs with node, e.g. dist/main.js for `"start": "node dist/main.js"`. */
const scriptEntry = (name: string): string => {
  const command = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts[name]!;
  const match = /^node (dist\/\S+\.js)$/.exec(command);
  if (!match) throw new Error(`npm run ${name} should run the compiled build (node dist/….js), but runs "${command}"`);
  return match[1]!;
};
beforeAll(async () => {
  built = await buildPackage();
});
afterAll(() => built?.remove());

describe('npm start', () => {
  let server: ChildServer;
  beforeAll(async () => {
    server = await startChild(scriptEntry('start'), { PORT: '0', EMULATOR_PORT: '0', CAS_URL: '', CSE_URL: '', IAM_URL: '' }, /GraphiQL:\s+(http:\/\/\S+)/, { cwd: built.dir });
  });
  afterAll(() => server.stop());

  it('should print the GraphiQL URL, the emulator URL and the demo login', () => {
    expect(server.output).toMatch(/Embedded ServiceStage emulator: http:\/\/127\.0\.0\.1:\d+/);
    expect(server.output).toMatch(/demo login:\s+domain demo-domain, user demo, password \S+, project cn-north-4/);
    // The demo lets anonymous callers write, and says so.
    expect(server.output).toMatch(/callers:.*ANONYMOUS MAY READ AND WRITE \(ALLOW_ANONYMOUS=write\)/);
  });

  it('should answer /health with the package version, read from the compiled layout', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const res = await fetch(server.url.replace('/graphql', '/health'));
    expect(await res.json()).toEqual({ status: 'ok', version });
  });

  it('should serve GraphiQL with the example operation to a browser', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('query Dashboard');
  });

  it('should answer the example operation with the demo data and no token', async () => {
    const { EXAMPLE_OPERATION } = await import('../../src/example-operation.js');
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EXAMPLE_OPERATION }) });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const instances = body.data.environments.nodes.flatMap((e: any) =>
      e.applications.nodes.flatMap((a: any) => a.components.nodes.flatMap((c: any) => c.instances.nodes)),
    );
    expect(instances.length).toBeGreaterThan(0);
    expect(instances.some((i: any) => i.microserviceInstances.length > 0)).toBe(true);
  });
});

describe('npm run emulator', () => {
  let server: ChildServer;
  beforeAll(async () => {
    server = await startChild(scriptEntry('emulator'), { EMULATOR_PORT: '0' }, /listening on (http:\/\/\S+)/, { cwd: built.dir });
  });
  afterAll(() => server.stop());

  it('should print its URL and the demo account, and describe itself', async () => {
    expect(server.output).toMatch(/demo login: domain demo-domain, user demo, password \S+/);
    const info = (await (await fetch(`${server.url}/__emulator/info`)).json()) as any;
    expect(info.baseUrl).toBe(server.url);
    expect(info.projects).toHaveLength(2);
  });
});
