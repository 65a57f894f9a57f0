import { describe, expect } from 'vitest';
import { once, test as base } from '../support/fixtures.js';
import { data, type TestStack } from '../support/gateway.js';
import { graphql } from '../generated/gql.js';
import { call } from '../support/emulator.js';
import { fillRoute } from '../../src/upstream/route.js';
import { LocalRequestError } from '../../src/upstream/errors.js';

const craft = (...parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The raw IDs of a demo application and microservice, for crafted IDs with real parents. */
const rawIds = once(async (stack: TestStack) => {
  const d = data(await stack.gql(graphql(`query IdsRawIds { applications { nodes { rawId } } microservices { rawId } }`)));
  return { appId: d.applications.nodes[0]!.rawId, serviceId: d.microservices[0]!.rawId };
});
const test = base.extend('appId', async ({ stack }) => (await rawIds(stack)).appId).extend('serviceId', async ({ stack }) => (await rawIds(stack)).serviceId);

/** A crafted global ID never reroutes a call: bad segments are refused, the rest percent-encoded into their own segment. */
describe('IDs are contained', () => {
  async function refusedWithoutCalls(stack: TestStack, query: string, variables: Record<string, unknown>, argument: string, pattern: RegExp) {
    await stack.resetCalls();
    const res = await stack.gql(query, variables);
    expect(res.body.errors?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.body.errors?.[0]?.message).toMatch(pattern);
    expect((await stack.calls()).total).toBe(0);
  }

  test('should refuse deleteComponentInstance with ".." segments, and leave the application alone', async ({ stack, appId }) => {
    await refusedWithoutCalls(stack, 'mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', { id: craft('ComponentInstance', appId, '..', '..') }, 'id', /instanceId|componentId/);
    const still = await stack.gql('query($id: ID!) { node(id: $id) { id } }', { id: craft('Application', appId) });
    expect(still.body.data.node).not.toBeNull();
  });

  test('should refuse deregisterMicroserviceInstance with an instance id of ".." or "." or "", and one longer than 64 characters', async ({ stack, serviceId }) => {
    const mutation = 'mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }';
    await refusedWithoutCalls(stack, mutation, { id: craft('MicroserviceInstance', serviceId, '..') }, 'id', /instanceId is "\.\."/);
    await refusedWithoutCalls(stack, mutation, { id: craft('MicroserviceInstance', serviceId, '.') }, 'id', /instanceId is "\."/);
    await refusedWithoutCalls(stack, mutation, { id: craft('MicroserviceInstance', serviceId, '') }, 'id', /instanceId is empty/);
    await refusedWithoutCalls(stack, mutation, { id: craft('MicroserviceInstance', serviceId, 'x'.repeat(65)) }, 'id', /at most 64/);
    const service = await stack.gql('query($id: ID!) { node(id: $id) { id } }', { id: craft('Microservice', serviceId) });
    expect(service.body.data.node).not.toBeNull();
  });

  test('should refuse raw ids that are too long: job(id) with a JOB id and Microservice.schema(schemaId)', async ({ stack, serviceId }) => {
    await refusedWithoutCalls(stack, 'query($id: ID!) { job(id: $id) { rawId } }', { id: `JOB${'a'.repeat(62)}` }, 'id', /at most 64/);
    await stack.resetCalls();
    const res = await stack.gql('query($id: ID!) { microservice(id: $id) { schema(schemaId: "../..") { schemaId } } }', { id: craft('Microservice', serviceId) });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schemaId' });
    expect((await stack.calls()).byRoute['GET /v4/{project_id}/registry/microservices/{serviceId}/schemas/{schemaId}']).toBeUndefined();
  });

  test('should send any other id percent-encoded into its own segment: the call reaches its own route, which refuses it', async ({ stack, serviceId }) => {
    await stack.resetCalls();
    const res = await stack.gql('mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }', { id: craft('MicroserviceInstance', serviceId, '../%2e%2e/x?y#z') });
    expect(res.body.errors?.[0]?.extensions?.status).toBeGreaterThanOrEqual(400);
    const log = (await call<{ requests: { route: string; status: number }[] }>(stack.emu.url, 'GET', '/__emulator/requests')).body.requests;
    expect(log.map((r) => r.route)).toEqual(['DELETE /v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}']);
    expect(log[0]!.status).toBeGreaterThanOrEqual(400);
  });

  test('should build paths from their templates in one place, refusing dot segments there too', () => {
    expect(fillRoute('/v2/{project_id}/cas/jobs/{job_id}', { project_id: 'p', job_id: 'a/b?c' })).toBe('/v2/p/cas/jobs/a%2Fb%3Fc');
    expect(() => fillRoute('/v2/{project_id}/cas/jobs/{job_id}', { project_id: 'p', job_id: '..' })).toThrow(LocalRequestError);
    expect(() => fillRoute('/v4/{project_id}/registry/microservices/{serviceId}/schemas/{schemaId}', { project_id: 'default', serviceId: 's', schemaId: 'x'.repeat(161) })).toThrow(/at most 160/);
  });
});
