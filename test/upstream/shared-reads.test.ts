import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpCore } from '../../src/upstream/http.js';
import { CasClient } from '../../src/upstream/cas.js';
import { SharedReads } from '../../src/upstream/shared-reads.js';
import type * as Cas from '../../src/wire/cas.js';
import { callerSession } from '../../src/upstream/session.js';
import { call, login, startTestEmulator, type TestEmulator } from '../support/emulator.js';
import type { CallCounts } from '../../src/wire/emulator-control.js';

const LIST = 'GET /v2/{project_id}/cas/environments';
const DELETE = 'DELETE /v2/{project_id}/cas/environments/{environment_id}';

/** Concurrent identical reads: issued in the same turn, so every one is in flight before any answer can arrive. */
describe('shared in-flight reads', () => {
  let emu: TestEmulator;
  let http: HttpCore;
  beforeAll(async () => {
    emu = await startTestEmulator({ demo: true });
    http = new HttpCore({ api: 'cas', origin: emu.url, timeoutMs: 60_000, retries: 0, connections: 16, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
  });
  afterAll(async () => {
    await http.close();
    await emu.stop();
  });

  const counts = async () => (await call<CallCounts>(emu.url, 'GET', '/__emulator/calls')).body.byRoute;
  const reset = () => call(emu.url, 'DELETE', '/__emulator/calls');
  const client = (token: string) => new CasClient(http, { session: callerSession(token, emu.projects[0]!.id) });

  it('should send N identical concurrent GETs of one identity upstream once, each caller getting its own copy', async () => {
    await reset();
    const answers = await Promise.all(Array.from({ length: 20 }, () => client(emu.token).listEnvironments()));
    expect((await counts())[LIST]).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    answers[0]!.environments.length = 0;
    expect(answers[1]!.environments.length).toBeGreaterThan(0);
  });

  it("should hand a joiner the answer as the upstream sent it, even when the first caller changed its own first", async () => {
    await reset();
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
    expect((await counts())[LIST]).toBe(1);
    for (const joiner of joiners) {
      expect(joiner.body.environments!.length).toBeGreaterThan(0);
      expect(joiner.headers['x-changed-by-first']).toBeUndefined();
    }
  });

  it('should keep nothing once the answer arrived', async () => {
    await reset();
    await client(emu.token).listEnvironments();
    await client(emu.token).listEnvironments();
    expect((await counts())[LIST]).toBe(2);
  });

  it('should never share across credentials: N identities cost N calls', async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => login(emu.url)));
    expect(new Set(tokens).size).toBe(5);
    await reset();
    await Promise.all(tokens.flatMap((t) => [client(t).listEnvironments(), client(t).listEnvironments()]));
    expect((await counts())[LIST]).toBe(5);
  });

  it('should never share writes', async () => {
    await reset();
    const results = await Promise.allSettled([client(emu.token).deleteEnvironment('no-such-env'), client(emu.token).deleteEnvironment('no-such-env')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await counts())[DELETE]).toBe(2);
  });
});
