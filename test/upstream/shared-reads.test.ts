import { describe, expect } from 'vitest';
import { test as base } from '../support/fixtures.js';
import { HttpCore } from '../../src/upstream/http.js';
import { CasClient } from '../../src/upstream/cas.js';
import { SharedReads } from '../../src/upstream/shared-reads.js';
import type * as Cas from '../../src/wire/cas.js';
import { callerSession } from '../../src/upstream/session.js';
import { call, login, type TestEmulator } from '../support/emulator.js';
import type { CallCounts } from '../../src/wire/emulator-control.js';

const LIST = 'GET /v2/{project_id}/cas/environments';
const DELETE = 'DELETE /v2/{project_id}/cas/environments/{environment_id}';

/** A CAS HttpCore of the file's emulator, closed after the file. */
const test = base.extend('http', ({ resources, emu }) =>
  resources.get(
    'cas http',
    emu,
    async () => new HttpCore({ api: 'cas', origin: emu.url, timeoutMs: 60_000, retries: 0, connections: 16, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } }),
    (http) => http.close(),
  ),
);

/** Concurrent identical reads: issued in the same turn, so every one is in flight before any answer can arrive. */
describe('shared in-flight reads', () => {
  test.override('emulatorOptions', { demo: true });

  const counts = async (emu: TestEmulator) => (await call<CallCounts>(emu.url, 'GET', '/__emulator/calls')).body.byRoute;
  const reset = (emu: TestEmulator) => call(emu.url, 'DELETE', '/__emulator/calls');
  const client = (http: HttpCore, emu: TestEmulator, token: string) => new CasClient(http, { session: callerSession(token, emu.projects[0]!.id) });

  test('should send N identical concurrent GETs of one identity upstream once, each caller getting its own copy', async ({ emu, http }) => {
    await reset(emu);
    const answers = await Promise.all(Array.from({ length: 20 }, () => client(http, emu, emu.token).listEnvironments()));
    expect((await counts(emu))[LIST]).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    answers[0]!.environments.length = 0;
    expect(answers[1]!.environments.length).toBeGreaterThan(0);
  });

  test("should hand a joiner the answer as the upstream sent it, even when the first caller changed its own first", async ({ emu, http }) => {
    await reset(emu);
    const sharing = new SharedReads();
    const read = () => http.request<Cas.EnvironmentList>({ api: 'cas', method: 'GET', route: LIST, path: `/v2/${emu.projects[0]!.id}/cas/environments`, headers: { 'x-auth-token': emu.token } });
    // The first caller's reaction is registered before the joiners' copies are made.
    const first = sharing.run('one read', read).then((own) => {
      own.body.environments!.length = 0;
      own.headers['x-changed-by-first'] = 'yes';
      return own;
    });
    const joiners = await Promise.all([sharing.run('one read', read), sharing.run('one read', read)]);
    expect((await first).body.environments).toHaveLength(0);
    expect((await counts(emu))[LIST]).toBe(1);
    for (const joiner of joiners) {
      expect(joiner.body.environments!.length).toBeGreaterThan(0);
      expect(joiner.headers['x-changed-by-first']).toBeUndefined();
    }
  });

  test('should keep nothing once the answer arrived', async ({ emu, http }) => {
    await reset(emu);
    await client(http, emu, emu.token).listEnvironments();
    await client(http, emu, emu.token).listEnvironments();
    expect((await counts(emu))[LIST]).toBe(2);
  });

  test('should never share across credentials: N identities cost N calls', async ({ emu, http }) => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => login(emu.url)));
    expect(new Set(tokens).size).toBe(5);
    await reset(emu);
    await Promise.all(tokens.flatMap((t) => [client(http, emu, t).listEnvironments(), client(http, emu, t).listEnvironments()]));
    expect((await counts(emu))[LIST]).toBe(5);
  });

  test('should never share writes', async ({ emu, http }) => {
    await reset(emu);
    const results = await Promise.allSettled([client(http, emu, emu.token).deleteEnvironment('no-such-env'), client(http, emu, emu.token).deleteEnvironment('no-such-env')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await counts(emu))[DELETE]).toBe(2);
  });
});
