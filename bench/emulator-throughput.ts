/** The emulator must never be the bottleneck of a gateway benchmark: its own GET-by-ID throughput. */
import { login } from '../test/support/emulator.js';
import { PROJECTS } from '../src/emulator/tenancy.js';
import { startChild } from './processes.js';
import { load } from './autocannon.js';
import type { BenchOptions, Table } from './run.js';

export async function emulatorThroughput(options: BenchOptions): Promise<Table> {
  const emulator = await startChild('src/emulator/main.ts', { EMULATOR_PORT: '0' }, /listening on (http:\/\/\S+)/);
  try {
    const project = PROJECTS[0]!;
    const token = await login(emulator.url, project.name);
    const headers = { 'x-auth-token': token };
    const envs = (await (await fetch(`${emulator.url}/v2/${project.id}/cas/environments`, { headers })).json()) as { environments: { id: string }[] };
    const services = (await (await fetch(`${emulator.url}/v4/default/registry/microservices`, { headers })).json()) as { services: { serviceId: string }[] };
    const targets = [
      ['CAS GET environment by id', `/v2/${project.id}/cas/environments/${envs.environments[0]!.id}`],
      ['CSE GET microservice by id', `/v4/default/registry/microservices/${services.services[0]!.serviceId}`],
    ] as const;
    const seconds = options.quick ? 3 : 10;
    const rows: (string | number)[][] = [];
    for (const [name, path] of targets) {
      const r = await load({ url: emulator.url + path, connections: 50, seconds, headers });
      rows.push([name, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.errors + r.non2xx]);
    }
    return {
      title: 'Emulator GET-by-ID throughput (autocannon, 50 connections, emulator in its own process)',
      columns: ['call', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
      rows,
      notes: [`${seconds} s per row, \`npm run bench\`; the load generator and the emulator share the machine's 2 cores.`],
    };
  } finally {
    await emulator.stop();
  }
}
