import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { test } from '../support/fixtures.js';
import type { DocumentNode } from 'graphql';
import { createYoga, createSchema } from 'graphql-yoga';
import { data, type Answered, type GraphQLResponse, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import { loadConfig, ConfigError } from '../../src/config.js';
import { useTrustedDocuments, sha256 } from '../../src/http/trusted-documents.js';
import { ConsoleEnvironmentsDocument, ConsoleInstanceStatusDocument, DashboardDocument } from '../../operations/generated/graphql.js';
import type { ConsoleEnvironmentsQuery, ConsoleInstanceStatusSubscription } from '../../operations/generated/graphql.js';

const MANIFEST = fileURLToPath(new URL('../../operations/generated/persisted-documents.json', import.meta.url));
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const hashOf = (doc: DocumentNode) => (doc as unknown as { __meta__: { hash: string } }).__meta__.hash;
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  test.override('stackOptions', { env: { TRUSTED_DOCUMENTS: MANIFEST } });

  /** POST /graphql with a body as a client sends it (a hash, a document, or both), answered as `D`. */
  const post = async <D = unknown>(stack: TestStack, body: unknown) => {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as GraphQLResponse<D>['body'] };
  };

  test('should have a manifest entry for every generated document, keyed by its sha256', () => {
    expect(manifest[hashOf(DashboardDocument)]).toBeDefined();
    for (const [hash, document] of Object.entries(manifest)) expect(sha256(document)).toBe(hash);
  });

  test('should run a known operation sent by its hash alone', async ({ stack }) => {
    const res = await post<ConsoleEnvironmentsQuery>(stack, { extensions: persisted(hashOf(ConsoleEnvironmentsDocument)) });
    expect(res.body.errors).toBeUndefined();
    expect(data(res).environments.nodes.length).toBeGreaterThan(0);
  });

  test('should refuse an arbitrary document with a clear error, before any upstream call', async ({ stack }) => {
    await stack.resetCalls();
    const res = await post(stack, { query: '{ environments { totalCount } }' });
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(res.body.errors?.[0]?.message).toMatch(/only trusted documents.*persistedQuery\.sha256Hash/);
    expect((await stack.calls()).total).toBe(0);
  });

  test('should refuse an unknown hash, and say what to do', async ({ stack }) => {
    const res = await post(stack, { extensions: persisted('0'.repeat(64)) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(res.body.errors?.[0]?.message).toMatch(/No trusted document has this hash/);
  });

  test('should accept the exact text of a trusted document', async ({ stack }) => {
    const res = await post(stack, { query: manifest[hashOf(ConsoleEnvironmentsDocument)] });
    expect(res.body.errors).toBeUndefined();
  });

  test('should run a subscription sent by hash over graphql-ws, and refuse a free one', async ({ stack }) => {
    const client = wsClient(stack);
    try {
      const envs = data(await post<ConsoleEnvironmentsQuery>(stack, { extensions: persisted(hashOf(ConsoleEnvironmentsDocument)) })).environments.nodes;
      const instance = envs.flatMap((e) => e.applications.nodes.flatMap((a) => a.components.nodes.flatMap((c) => c.instances.nodes)))[0]!;
      const hash = hashOf(ConsoleInstanceStatusDocument);
      const byHash = client.iterate({ query: '', variables: { id: instance.id }, extensions: persisted(hash) });
      const first = await byHash.next();
      expect((first.value as { data: Answered<ConsoleInstanceStatusSubscription> }).data.componentInstanceStatus.id).toBe(instance.id);
      await byHash.return?.();
      const free = wsSubscribe(client, 'subscription($id: ID!) { componentInstanceStatus(id: $id) { id } }', { id: instance.id });
      await free.done;
      const refused = free.error ?? free.results[0]?.errors;
      expect(JSON.stringify(refused)).toContain('TRUSTED_DOCUMENT_REQUIRED');
    } finally {
      await client.dispose();
    }
  });
});

describe('trusted documents: free documents for a role (TRUSTED_DOCUMENTS_ALLOW_ARBITRARY)', () => {
  const schema = createSchema<{ caller: { role: string } } & Record<string, unknown>>({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  const known = '{ hello }';
  const documents = new Map([[sha256(known), known]]);
  // The role is read from the context's caller, as the gateway's context carries it.
  const yoga = createYoga<Record<string, unknown>, { caller: { role: string } } & Record<string, unknown>>({
    schema,
    context: ({ request }) => ({ caller: { role: request.headers.get('x-test-role') ?? 'viewer' } }),
    plugins: useTrustedDocuments({ file: 'test-manifest.json', documents, allowArbitrary: 'operator' }),
    logging: false,
  });
  const run = async (query: string, role: string) => {
    const res = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-role': role }, body: JSON.stringify({ query }) });
    return (await res.json()) as GraphQLResponse<{ hello: string }>['body'];
  };

  it('should let an operator send a free document and refuse it to a viewer', async () => {
    expect((await run('{ hello __typename }', 'operator')).data!.hello).toBe('world');
    const viewer = await run('{ hello __typename }', 'viewer');
    expect(viewer.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(viewer.errors?.[0]?.message).toContain('"operator" role');
    expect((await run(known, 'viewer')).data!.hello).toBe('world');
  });
});

describe('trusted documents: the manifest is checked at start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should refuse a manifest whose key is not its document\'s sha256, naming the variable', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ['a'.repeat(64)]: '{ hello }' }));
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: file })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: file })).toThrow(/TRUSTED_DOCUMENTS/);
  });

  it('should refuse TRUSTED_DOCUMENTS_ALLOW_ARBITRARY without a manifest', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ALLOW_ARBITRARY: 'operator' })).toThrow(/TRUSTED_DOCUMENTS_ALLOW_ARBITRARY/);
  });
});
