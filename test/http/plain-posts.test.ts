/**
 * The plain POST path (src/http/plain-posts.ts) answers exactly as yoga's adapter does: every request
 * below goes to two gateways on one emulator, one with the path and one without, and gets the same
 * status, content type and body; both count the same refusals, operations and errors. The counter of
 * POSTs by path shows which requests took the quick path and which were handed to yoga.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { stackConfig, startStack, type TestStack } from '../support/gateway.js';

interface Sent {
  body: string;
  headers?: Record<string, string>;
  /** No Authorization header. */
  anonymous?: boolean;
}

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

let stack: TestStack;
let throughYoga: RunningGateway;

beforeAll(async () => {
  stack = await startStack();
  throughYoga = await startGateway(stackConfig(stack.emu, 'passthrough'), { logger: createLogger('error'), plainPosts: false });
});

afterAll(async () => {
  await throughYoga?.stop();
  await stack?.stop();
});

async function send(gateway: RunningGateway, sent: Sent): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...sent.headers };
  if (!sent.anonymous) headers.authorization = `Bearer ${stack.emu.token}`;
  const res = await fetch(gateway.url, { method: 'POST', headers, body: sent.body });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
}

async function postsByPath(gateway: RunningGateway): Promise<Record<string, number>> {
  const { values } = await gateway.metrics.graphqlPosts.get();
  return Object.fromEntries(values.map((v) => [String(v.labels.path), v.value]));
}

/** Sends to both gateways; returns the answer and the path the quick gateway took. */
async function both(sent: Sent): Promise<{ answer: Answer; path: 'plain' | 'yoga' }> {
  const before = await postsByPath(stack.gateway);
  const quick = await send(stack.gateway, sent);
  const after = await postsByPath(stack.gateway);
  const viaYoga = await send(throughYoga, sent);
  expect(quick).toEqual(viaYoga);
  const path = (after.plain ?? 0) > (before.plain ?? 0) ? 'plain' : 'yoga';
  expect((after.plain ?? 0) + (after.yoga ?? 0)).toBe((before.plain ?? 0) + (before.yoga ?? 0) + 1);
  return { answer: quick, path };
}

const json = (params: unknown) => JSON.stringify(params);

describe('plain POSTs', () => {
  it.each<[string, Sent, number]>([
    ['a query', { body: json({ query: '{ environments { totalCount nodes { name } } }' }) }, 200],
    ['a query with variables and a name', { body: json({ query: 'query Names($first: Int) { environments(first: $first) { nodes { name } } }', variables: { first: 2 }, operationName: 'Names' }) }, 200],
    ['null variables and operation name', { body: json({ query: '{ __typename }', variables: null, operationName: null }) }, 200],
    ['Accept: */*', { body: json({ query: '{ __typename }' }), headers: { accept: '*/*' } }, 200],
    ['the graphql-response media type', { body: json({ query: '{ __typename }' }), headers: { accept: 'application/graphql-response+json' } }, 200],
    ['a validation error', { body: json({ query: '{ nope }' }) }, 200],
    ['a validation error, graphql-response media type', { body: json({ query: '{ nope }' }), headers: { accept: 'application/graphql-response+json' } }, 400],
    ['a validation error, both JSON media types (graphql-response+json first)', { body: json({ query: '{ nope }' }), headers: { accept: 'application/graphql-response+json, application/json' } }, 400],
    ['a syntax error', { body: json({ query: '{ ' }) }, 200],
    ['an empty query', { body: json({ query: '' }) }, 200],
    ['a variable of the wrong type', { body: json({ query: 'query Q($first: Int) { environments(first: $first) { totalCount } }', variables: { first: 'many' } }) }, 400],
    ['two operations and no name', { body: json({ query: 'query A { __typename } query B { __typename }' }) }, 400],
    ['an ID that is not one', { body: json({ query: '{ environment(id: "not-an-id") { name } }' }) }, 200],
    ['no credentials', { body: json({ query: '{ environments { totalCount } }' }), anonymous: true }, 401],
    ['a mutation the upstream refuses', { body: json({ query: 'mutation { deleteEnvironment(id: "not-an-id") { id } }' }) }, 200],
  ])('should answer %s on the quick path as yoga does', async (_name, sent, status) => {
    const { answer, path } = await both(sent);
    expect(path).toBe('plain');
    expect(answer.status).toBe(status);
  });

  it.each<[string, Sent]>([
    ['invalid JSON', { body: '{"query":' }],
    ['an empty body', { body: '' }],
    ['a batch', { body: json([{ query: '{ __typename }' }, { query: '{ environments { totalCount } }' }]) }],
    ['extensions', { body: json({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }) }],
    ['an unexpected key', { body: json({ query: '{ __typename }', variable: {} }) }],
    ['a query that is not a string', { body: json({ query: 42 }) }],
    ['variables that are an array', { body: json({ query: '{ __typename }', variables: [] }) }],
    ['a subscription', { body: json({ query: 'subscription { __typename }' }) }],
    ['an Origin', { body: json({ query: '{ __typename }' }), headers: { origin: 'http://elsewhere.example' } }],
    ['another Accept', { body: json({ query: '{ __typename }' }), headers: { accept: 'application/json; charset=iso-8859-1' } }],
    ['another content type', { body: json({ query: '{ __typename }' }), headers: { 'content-type': 'application/json;charset=utf-8' } }],
  ])('should hand %s to yoga and answer as before', async (_name, sent) => {
    const { path } = await both(sent);
    expect(path).toBe('yoga');
  });

  it('should count the same refusals, operations and errors as yoga after all of the above', async () => {
    const figures = async (gateway: RunningGateway) => {
      const m = gateway.metrics;
      const read = async (metric: { get(): Promise<{ values: { labels: object; value: number }[] }> }) => (await metric.get()).values.map((v) => [v.labels, v.value]);
      return { refused: await read(m.requestsRefused), operations: await read(m.operations), errors: await read(m.errors) };
    };
    const quick = await figures(stack.gateway);
    expect(quick.refused.length).toBeGreaterThan(0);
    expect(quick.operations.length).toBeGreaterThan(0);
    expect(quick).toEqual(await figures(throughYoga));
  });
});

describe('a plain POST whose caller goes away', () => {
  it('should cut the upstream call its operation waits for', async () => {
    // CAS that never answers and tells when the gateway lets go of a call.
    const held: IncomingMessage[] = [];
    let arrived!: () => void;
    const callArrived = new Promise<void>((resolve) => (arrived = resolve));
    const cas = createServer((req) => {
      held.push(req);
      arrived();
    });
    await new Promise<void>((resolve) => cas.listen(0, '127.0.0.1', resolve));
    const casUrl = `http://127.0.0.1:${(cas.address() as AddressInfo).port}`;
    // No deadline ends the call within the test's own time: only the caller's going away can.
    const config = stackConfig(stack.emu, 'passthrough', { CAS_URL: casUrl, CAS_TIMEOUT_MS: '3600000', OPERATION_TIMEOUT_MS: '3600000' });
    const gateway = await startGateway(config, { logger: createLogger('error') });
    try {
      const before = await postsByPath(gateway);
      const body = json({ query: '{ environments { totalCount } }' });
      const client = httpRequest(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${stack.emu.token}` } });
      client.on('error', () => undefined);
      client.end(body);
      await callArrived;
      expect((await postsByPath(gateway)).plain).toBe((before.plain ?? 0) + 1);
      const cut = new Promise((resolve) => held[0]!.socket.once('close', resolve));
      client.destroy();
      await cut;
      expect(held).toHaveLength(1);
    } finally {
      await gateway.stop();
      cas.closeAllConnections();
      await new Promise((resolve) => cas.close(resolve));
    }
  });
});

describe('a plain POST whose caller goes away before its body ends', () => {
  it('should answer nothing, log nothing and go on answering others', async () => {
    const errors: unknown[] = [];
    const logger = { ...createLogger('error'), error: (...args: unknown[]) => void errors.push(args) };
    const gateway = await startGateway(stackConfig(stack.emu, 'passthrough'), { logger });
    try {
      const before = await postsByPath(gateway);
      const client = httpRequest(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100 } });
      const gone = new Promise((resolve) => client.once('close', resolve));
      client.on('error', () => undefined);
      // Cut once the first bytes have left: the gateway reads a body that never ends.
      client.write('{"query":', () => client.destroy());
      await gone;
      const res = await send(gateway, { body: json({ query: '{ __typename }' }) });
      expect(res.status).toBe(200);
      expect(errors).toEqual([]);
      expect((await postsByPath(gateway)).plain).toBe((before.plain ?? 0) + 1);
    } finally {
      await gateway.stop();
    }
  });
});
