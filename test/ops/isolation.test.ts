import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe, type Stream } from '../support/live.js';

/** Every string under a "rawId" or "serviceRawId" key, anywhere in an answer. */
function rawIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) rawIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'rawId' || k === 'serviceRawId') && typeof v === 'string') out.add(v);
      else rawIds(v, out);
    }
  }
  return out;
}

const EVERYTHING = `{
  environments { nodes { rawId applications { nodes { rawId } } instances { nodes { rawId } } } }
  applications { nodes { rawId components { nodes { rawId instances { nodes { rawId lastJob { rawId } microserviceInstances { rawId serviceRawId } } } } } } }
  microservices { rawId instances { rawId } providers { rawId } component { rawId } }
}`;

/** 1,000 interleaved requests and subscriptions from two projects at once: no datum crosses over. */
describe('isolation between callers of two projects', () => {
  let stack: TestStack;
  const clients: Client[] = [];
  const projects = () => [
    { token: stack.emu.token, projectId: stack.emu.projects[0]!.id },
    { token: stack.emu.otherToken, projectId: stack.emu.projects[1]!.id },
  ];
  beforeAll(async () => {
    stack = await startStack({ env: { REGISTRY_POLL_INTERVAL_MS: '20', JOB_POLL_INTERVAL_MS: '20' } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack.stop();
  });

  it('should never show one project anything of the other', { timeout: 120_000 }, async () => {
    const [a, b] = projects();
    const own = await Promise.all(
      [a!, b!].map(async (p) => {
        const res = await stack.gql(EVERYTHING, undefined, p);
        expect(res.body.errors).toBeUndefined();
        return { ids: rawIds(res.body.data), data: res.body.data };
      }),
    );
    expect(own[0]!.ids.size).toBeGreaterThan(10);
    expect(own[1]!.ids.size).toBeGreaterThan(3);
    for (const id of own[1]!.ids) expect(own[0]!.ids.has(id)).toBe(false);

    // Subscriptions of both projects, to their own services, over sockets with their own credentials.
    const streams: { project: number; stream: Stream }[] = [];
    for (const [i, p] of [a!, b!].entries()) {
      const services = own[i]!.data.microservices as { rawId: string }[];
      for (let c = 0; c < 3; c++) {
        const client = wsClient(stack, p);
        clients.push(client);
        for (const s of services) {
          const id = Buffer.from(JSON.stringify(['Microservice', s.rawId])).toString('base64url');
          streams.push({ project: i, stream: wsSubscribe(client, 'subscription($id: ID) { microserviceInstanceChanges(microserviceId: $id) { type instance { rawId serviceRawId } } }', { id }) });
        }
      }
    }

    // 1,000 requests, alternating projects, some of which change the registry while everything runs.
    const queries = [
      EVERYTHING,
      '{ microservices { rawId instances { rawId } } }',
      '{ environments { nodes { rawId instances { nodes { rawId } } } } }',
      '{ applications(first: 2) { nodes { rawId components { nodes { rawId microservices { rawId } } } } } }',
    ];
    const seen: Set<string>[] = [new Set(), new Set()];
    const failures: string[] = [];
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, async (_, k) => {
          const n = batch * 50 + k;
          const project = n % 2;
          const p = project === 0 ? a! : b!;
          const services = own[project]!.data.microservices as { rawId: string }[];
          let res;
          if (n % 25 === 0) {
            const s = services[n % services.length]!;
            const id = Buffer.from(JSON.stringify(['Microservice', s.rawId])).toString('base64url');
            res = await stack.gql('mutation($id: ID!, $h: String!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: ["rest:10.9.9.9:1"]}) { rawId serviceRawId } }', { id, h: `iso-${n}` }, p);
          } else {
            res = await stack.gql(queries[n % queries.length]!, undefined, p);
          }
          if (res.body.errors) failures.push(JSON.stringify(res.body.errors).slice(0, 300));
          for (const id of rawIds(res.body.data)) seen[project]!.add(id);
        }),
      );
    }
    expect(failures).toEqual([]);

    // Every registration made above reached its own project's subscribers; wait for them.
    const registrations = [0, 1].map((project) => [...seen[project]!].filter((id) => !own[project]!.ids.has(id)).length);
    expect(registrations[0]! + registrations[1]!).toBeGreaterThan(0);
    for (const project of [0, 1]) {
      const mine = streams.filter((x) => x.project === project).map((x) => x.stream);
      const registered = () => mine.some((st) => st.results.some((r) => r.data?.microserviceInstanceChanges.type === 'REGISTERED'));
      // Each wait settles on the next event of any of this project's streams.
      for (let i = 0; i < 500 && !registered(); i++) await Promise.race(mine.map((st) => st.at(st.results.length)));
      expect(registered(), `project ${project} subscribers saw their registrations`).toBe(true);
    }
    for (const { project, stream } of streams) {
      for (const r of stream.results) for (const id of rawIds(r.data)) seen[project]!.add(id);
    }
    for (const { stream } of streams) stream.close();

    // No id of one project ever reached the other.
    for (const id of seen[0]!) expect(own[1]!.ids.has(id) || seen[1]!.has(id), `project A saw ${id}`).toBe(false);
    for (const id of seen[1]!) expect(own[0]!.ids.has(id) || seen[0]!.has(id), `project B saw ${id}`).toBe(false);
    expect(streams.length).toBeGreaterThan(10);
  });
});
