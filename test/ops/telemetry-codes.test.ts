import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import type { Logger } from '../../src/logger.js';

/** Every line the gateway logs, as the objects it logged (yoga's own debug strings left out). */
function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const keep = (level: string) => (first: unknown) => {
    if (first && typeof first === 'object' && !(first instanceof Error)) lines.push({ level, ...(first as object) });
  };
  const logger: Logger = { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') };
  return { logger, lines };
}

describe('telemetry: the codes clients get, and refused requests', () => {
  let stack: TestStack;
  const { logger, lines } = captureLogger();
  beforeAll(async () => {
    stack = await startStack({ gateway: { logger }, env: { MAX_DEPTH: '6' } });
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    lines.length = 0;
  });

  const base = () => stack.gateway.url.replace('/graphql', '');
  const metric = async (name: string, labels: string): Promise<number> => {
    const text = await (await fetch(`${base()}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
    return line ? Number(line.split(' ').at(-1)) : 0;
  };
  const operationLines = () => lines.filter((l) => l.msg === 'operation');
  const refusedLines = () => lines.filter((l) => l.msg === 'request refused');

  it('should log and count NOT_FOUND, CONFLICT, UNAUTHENTICATED and BAD_USER_INPUT as the client got them, never INTERNAL', async () => {
    const internalBefore = await metric('graphql_errors_total', 'code="INTERNAL"');
    const before = {
      NOT_FOUND: await metric('graphql_errors_total', 'code="NOT_FOUND"'),
      CONFLICT: await metric('graphql_errors_total', 'code="CONFLICT"'),
      UNAUTHENTICATED: await metric('graphql_errors_total', 'code="UNAUTHENTICATED"'),
      BAD_USER_INPUT: await metric('graphql_errors_total', 'code="BAD_USER_INPUT"'),
    };

    const missing = await stack.gql('query MissingJob { job(id: "JOBnope") { rawId } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const env = { name: 'codes-env', vpcId: 'v', baseResources: [{ id: 'cce-1', type: 'cce' }] };
    const create = 'mutation CreateEnv($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }';
    expect((await stack.gql(create, { in: env })).body.errors).toBeUndefined();
    const taken = await stack.gql(create, { in: env });
    expect(taken.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const badToken = await stack.gql('query WithBadToken { environments { totalCount } }', undefined, { token: 'not-a-token' });
    expect(badToken.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const noVariable = await stack.gql('query NoVariable($id: ID!) { environment(id: $id) { name } }');
    expect(noVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const byName = Object.fromEntries(operationLines().map((l) => [l.operation, l]));
    expect(byName.MissingJob).toMatchObject({ outcome: 'partial', errorCodes: ['NOT_FOUND'] });
    expect(byName.CreateEnv).toMatchObject({ errorCodes: ['CONFLICT'] });
    expect(byName.WithBadToken).toMatchObject({ errorCodes: ['UNAUTHENTICATED'] });
    expect(byName.NoVariable).toMatchObject({ outcome: 'error', errorCodes: ['BAD_USER_INPUT'] });
    for (const l of operationLines()) expect(l.errorCodes ?? []).not.toContain('INTERNAL');

    expect(await metric('graphql_errors_total', 'code="NOT_FOUND"')).toBe(before.NOT_FOUND + 1);
    expect(await metric('graphql_errors_total', 'code="CONFLICT"')).toBe(before.CONFLICT + 1);
    expect(await metric('graphql_errors_total', 'code="UNAUTHENTICATED"')).toBe(before.UNAUTHENTICATED + 1);
    expect(await metric('graphql_errors_total', 'code="BAD_USER_INPUT"')).toBe(before.BAD_USER_INPUT + 1);
    expect(await metric('graphql_errors_total', 'code="INTERNAL"')).toBe(internalBefore);
  });

  /** Sends a request the gateway refuses, then checks the one log line and the counter. */
  async function expectRefused(reason: string, send: () => Promise<number>, status: number) {
    const before = await metric('graphql_requests_refused_total', `reason="${reason}"`);
    lines.length = 0;
    expect(await send()).toBe(status);
    const refused = refusedLines();
    expect(refused, JSON.stringify(lines)).toHaveLength(1);
    expect(refused[0]).toMatchObject({ level: 'info', reason, status, transport: 'http' });
    expect(operationLines()).toHaveLength(0);
    expect(await metric('graphql_requests_refused_total', `reason="${reason}"`)).toBe(before + 1);
    return refused[0]!;
  }

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}`, ...headers }, body }).then((r) => r.status);

  it('should log once and count a CSRF refusal (403)', async () => {
    const line = await expectRefused('csrf', () => fetch(`${stack.gateway.url}?query=%7B__typename%7D`).then((r) => r.status), 403);
    expect(line).toMatchObject({ method: 'GET', path: '/graphql' });
  });

  it('should log once and count a document with several operations and no operation name (400)', async () => {
    await expectRefused('missing_operation_name', () => post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })), 400);
  });

  it('should log once and count a request without credentials (401), with the caller request id', async () => {
    const line = await expectRefused(
      'unauthenticated',
      () => fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'refused-1' }, body: JSON.stringify({ query: '{ environments { totalCount } }' }) }).then((r) => r.status),
      401,
    );
    expect(line.requestId).toBe('refused-1');
  });

  it('should log once and count an oversized body (413) and a chunked body (411)', async () => {
    await expectRefused('payload_too_large', () => post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` })), 413);
    await expectRefused(
      'length_required',
      () =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end(JSON.stringify({ query: '{ __typename }' }));
        }),
      411,
    );
  });

  it('should log once and count a document over the depth and token limits, and one that does not parse', async () => {
    const deep = '{ environments { nodes { applications { nodes { components { nodes { instances { nodes { name } } } } } } } } }';
    const line = await expectRefused('depth_limit', () => post(JSON.stringify({ query: deep })), 200);
    expect(line.message).toMatch(/depth limit of 6/);
    await expectRefused('token_limit', () => post(JSON.stringify({ query: `{ ${'__typename '.repeat(6000)}}` })), 200);
    await expectRefused('parse_error', () => post(JSON.stringify({ query: '{ environments ' })), 200);
  });

  it('should log once and count a batch over MAX_BATCH', async () => {
    await expectRefused('batch_limit', () => post(JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ __typename }' })))), 413);
  });

  it('should log once and count a WebSocket subscription without valid credentials', async () => {
    const before = await metric('graphql_requests_refused_total', 'reason="unauthenticated"');
    const client = wsClient(stack, { token: '' });
    try {
      const stream = wsSubscribe(client, 'subscription { jobProgress(jobId: "JOBx") { status } }');
      await stream.done;
      const refused = refusedLines();
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ reason: 'unauthenticated', transport: 'ws' });
    } finally {
      await client.dispose();
    }
    expect(await metric('graphql_requests_refused_total', 'reason="unauthenticated"')).toBe(before + 1);
  });
});
