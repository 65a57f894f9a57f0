import { describe, expect } from 'vitest';
import { once, test as base } from '../support/fixtures.js';
import { having, type TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';
import { graphql } from '../generated/gql.js';
import { createDeployTarget, data, DEPLOY, deployInput, firstError } from './helpers.js';

const SCALE = graphql(`mutation InstanceWritesScale($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }`);

/** The environment and Java Chassis component every test of the file deploys into. */
const target = once((stack: TestStack) => createDeployTarget(stack, 'inst', { category: 'MICROSERVICE', subCategory: 'Java Chassis' }));
const test = base.extend('target', ({ stack }) => target(stack));

describe('instance writes: conflicts, not found and failing jobs', () => {
  test.override('stackOptions', { demo: false });

  test('should refuse a duplicate instance name and a version used in the environment with CONFLICT', async ({ stack, target: { environmentId: envId, componentId: compId } }) => {
    data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-a', '2.0.0') }));
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-a', '2.0.1') }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100413' });
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-b', '2.0.0') }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100441' });
    await stack.emu.advance(60_000);
  });

  test('should refuse an operation while a job runs (SVCSTG.00100419) and a delete (SVCSTG.00100423)', async ({ stack, target: { environmentId: envId, componentId: compId } }) => {
    const inst = data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'busy-b', '3.0.0') })).deployComponent.instance;
    expect(firstError(await stack.gql(SCALE, { id: inst.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100419' });
    expect(firstError(await stack.gql(graphql(`mutation InstanceWritesDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }`), { id: inst.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100423' });
    await stack.emu.advance(60_000);
    expect(data(await stack.gql(SCALE, { id: inst.id })).scaleComponentInstance.jobId).toMatch(/^JOB/);
    await stack.emu.advance(60_000);
  });

  test('should answer NOT_FOUND for an unknown environment, instance and snapshot version', async ({ stack, target: { componentId: compId } }) => {
    const ghostEnv = Buffer.from(JSON.stringify(['Environment', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(ghostEnv, 'nowhere') }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100411' });
    const component = data(await stack.gql(graphql(`query InstanceWritesInstances($c: ID!) { node(id: $c) { ... on Component { instances { nodes { id name } } } } }`), { c: compId })).node;
    const inst = having(component, 'instances').instances.nodes.find((i) => i.name === 'dup-a')!;
    expect(firstError(await stack.gql(graphql(`mutation InstanceWritesRollback($id: ID!) { rollbackComponentInstance(id: $id, version: "9.9.9") { jobId } }`), { id: inst.id }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100436' });
    const [type, appId, componentId] = JSON.parse(Buffer.from(inst.id, 'base64url').toString()) as string[];
    const ghost = Buffer.from(JSON.stringify([type, appId, componentId, 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql(graphql(`mutation InstanceWritesRestart($id: ID!) { restartComponentInstance(id: $id) { jobId } }`), { id: ghost }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100412' });
  });

  test('should show a failing job as FAILED with the failing task message and the instance FAILED', async ({ stack, target: { environmentId: envId, componentId: compId } }) => {
    await call(stack.emu.url, 'POST', '/__emulator/jobs/fail-next', { body: { message: 'ECC00011', detail: 'Building failed.' } });
    const res = data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'doomed', '4.0.0') })).deployComponent;
    await stack.emu.advance(60_000);
    const job = data(await stack.gql(graphql(`query InstanceWritesJob($id: ID!) { job(id: $id) { status isFinished failure { code detail } tasks { status message { code detail } } } }`), { id: res.jobId })).job;
    expect(job).toMatchObject({ status: 'FAILED', isFinished: true, failure: { code: 'ECC00011', detail: 'Building failed.' } });
    expect(job.tasks.at(-1)).toEqual({ status: 'FAILED', message: { code: 'ECC00011', detail: 'Building failed.' } });
    const inst = data(await stack.gql(graphql(`query InstanceWritesStatus($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status failDetail lastJobStatus } } } }`), { id: res.instance.id })).node;
    expect(having(inst, 'status').status).toEqual({ status: 'FAILED', failDetail: 'Building failed.', lastJobStatus: 'FAILED' });
  });
});
