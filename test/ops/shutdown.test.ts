import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { spawnNode, type Child } from '../support/child.js';

/** SIGTERM: stop accepting, let requests in flight finish, close subscriptions with 1001, exit 0. */
describe('graceful shutdown', () => {
  let child: Child | undefined;
  afterAll(() => {
    if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
  });

  it('should finish the request in flight, close subscriptions with 1001 and exit 0', async () => {
    child = spawnNode('src/main.ts', { PORT: '0', EMULATOR_PORT: '0', CAS_URL: '', CSE_URL: '', IAM_URL: '', LOG_LEVEL: 'error' });
    const [, url] = await child.waitFor(/GraphiQL:\s+(http:\/\/\S+)/);
    const [, emulator] = await child.waitFor(/Embedded ServiceStage emulator: (http:\/\/\S+)/);

    // A subscription that stays open.
    const ws = new WebSocket(url!.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const firstEvent = new Promise<void>((resolve) => {
      ws.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as { type: string };
        if (msg.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { microserviceInstanceChanges(appId: "weather-app", serviceName: "weather") { type } }' } }));
        }
        if (msg.type === 'next') resolve();
      });
    });
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    await firstEvent;

    // A slow query in flight when the signal comes.
    await fetch(`${emulator}/__emulator/calls`, { method: 'DELETE' });
    await fetch(`${emulator}/__emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ match: { route: '/v2/{project_id}/cas/environments' }, latencyMs: 700 }) });
    const inFlight = fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ environments { totalCount } }' }) });
    // The signal comes once the gateway's upstream call is under way (the emulator has counted it).
    const reached = async () => ((await (await fetch(`${emulator}/__emulator/calls`)).json()) as { byRoute: Record<string, number> }).byRoute['GET /v2/{project_id}/cas/environments'] ?? 0;
    while ((await reached()) < 1) await new Promise((r) => setImmediate(r));
    child.process.kill('SIGTERM');

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { environments: { totalCount: 2 } } });
    expect(await closed).toBe(1001);
    expect(await child.exited).toEqual({ code: 0, signal: null });
  });
});
