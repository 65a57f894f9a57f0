import { describe, expect } from 'vitest';
import { call } from '../support/emulator.js';
import { test } from '../support/fixtures.js';
import { graphql } from '../generated/gql.js';
import type { InstanceList } from '../../src/wire/cas.js';
import { CREATE_APPLICATION, createEnvironment, data, DEPLOY, deployInput } from './helpers.js';

/** A write that times out is reported as possibly applied and is never sent again. */
describe('writes under timeout', () => {
  test.override('stackOptions', { demo: false, env: { UPSTREAM_TIMEOUT_MS: '400' } });

  test('should send a timed-out deploy once and say it may have been applied', async ({ stack }) => {
    const envId = await createEnvironment(stack, 'slow-env');
    const app = data(await stack.gql(CREATE_APPLICATION, { n: 'slow-app' })).createApplication;
    const comp = data(await stack.gql(graphql(`mutation WriteTimeoutComponent($a: ID!) { createComponent(applicationId: $a, input: {name: "slow", runtime: "Java8", category: COMMON}) { id } }`), { a: app.id })).createComponent;
    const route = '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances';
    // Applied upstream, then the answer never comes.
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { method: 'POST', route }, phase: 'after', hang: true } });
    await stack.resetCalls();
    const res = await stack.gql(DEPLOY, { c: comp.id, in: deployInput(envId, 'slow-one') });
    expect(res.body.data?.deployComponent).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', mayHaveApplied: true, api: 'cas' });
    expect(res.body.errors?.[0]?.message).toMatch(/may have been applied/);
    expect((await stack.calls()).byRoute[`POST ${route}`]).toBe(1);
    await call(stack.emu.url, 'DELETE', '/__emulator/faults');
    // It was applied: the instance exists. Asked of the emulator itself: this stack's 400 ms deadline is for the hang, not for a busy machine.
    const [, applicationId, componentId] = JSON.parse(Buffer.from(comp.id, 'base64url').toString()) as string[];
    const listed = await stack.emu.call<InstanceList>('GET', `/v2/${stack.emu.projects[0]!.id}/cas/applications/${applicationId}/components/${componentId}/instances`);
    expect(listed.body.instances.map((i) => i.name)).toEqual(['slow-one']);
  });

  test('should send a write that met a 503 once, while a read is retried', async ({ stack }) => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { api: 'cas' }, status: 503, times: 1 } });
    await stack.resetCalls();
    const res = await stack.gql(CREATE_APPLICATION, { n: 'unlucky' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect((await stack.calls()).byRoute['POST /v2/{project_id}/cas/applications']).toBe(1);
    const apps = data(await stack.gql(graphql(`query WriteTimeoutApplications { applications { nodes { name } } }`))).applications.nodes.map((a) => a.name);
    expect(apps).not.toContain('unlucky');
  });
});
