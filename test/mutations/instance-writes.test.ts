import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/emulator.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { data, DEPLOY, deployInput, firstError } from './helpers.js';

describe('instance writes: conflicts, not found and failing jobs', () => {
  let stack: TestStack;
  let envId: string;
  let compId: string;
  beforeAll(async () => {
    stack = await startStack({ demo: false });
    envId = data(
      await stack.gql('mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'inst-env', vpcId: 'v', baseResources: [{ id: 'cce-1', type: 'cce' }] } }),
    ).createEnvironment.id;
    const app = data(await stack.gql('mutation { createApplication(input: {name: "inst-app"}) { id } }')).createApplication;
    compId = data(
      await stack.gql('mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "inst-svc", runtime: "Java8", category: MICROSERVICE, subCategory: "Java Chassis"}) { id } }', { a: app.id }),
    ).createComponent.id;
  });
  afterAll(() => stack.stop());

  it('should refuse a duplicate instance name and a version used in the environment with CONFLICT', async () => {
    data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-a', '2.0.0') }));
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-a', '2.0.1') }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100413' });
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'dup-b', '2.0.0') }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100441' });
    await stack.emu.advance(60_000);
  });

  it('should refuse an operation while a job runs (SVCSTG.00100419) and a delete (SVCSTG.00100423)', async () => {
    const inst = data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'busy-b', '3.0.0') })).deployComponent.instance;
    expect(firstError(await stack.gql('mutation($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }', { id: inst.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100419' });
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', { id: inst.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100423' });
    await stack.emu.advance(60_000);
    expect(data(await stack.gql('mutation($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }', { id: inst.id })).scaleComponentInstance.jobId).toMatch(/^JOB/);
    await stack.emu.advance(60_000);
  });

  it('should answer NOT_FOUND for an unknown environment, instance and snapshot version', async () => {
    const ghostEnv = Buffer.from(JSON.stringify(['Environment', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql(DEPLOY, { c: compId, in: deployInput(ghostEnv, 'nowhere') }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100411' });
    const list = data(await stack.gql('query($c: ID!) { node(id: $c) { ... on Component { instances { nodes { id name } } } } }', { c: compId })).node.instances.nodes;
    const inst = list.find((i: any) => i.name === 'dup-a');
    expect(firstError(await stack.gql('mutation($id: ID!) { rollbackComponentInstance(id: $id, version: "9.9.9") { jobId } }', { id: inst.id }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100436' });
    const [type, appId, componentId] = JSON.parse(Buffer.from(inst.id, 'base64url').toString()) as string[];
    const ghost = Buffer.from(JSON.stringify([type, appId, componentId, 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql('mutation($id: ID!) { restartComponentInstance(id: $id) { jobId } }', { id: ghost }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100412' });
  });

  it('should show a failing job as FAILED with the failing task message and the instance FAILED', async () => {
    await call(stack.emu.url, 'POST', '/__emulator/jobs/fail-next', { body: { message: 'ECC00011', detail: 'Building failed.' } });
    const res = data(await stack.gql(DEPLOY, { c: compId, in: deployInput(envId, 'doomed', '4.0.0') })).deployComponent;
    await stack.emu.advance(60_000);
    const job = data(await stack.gql('query($id: ID!) { job(id: $id) { status isFinished failure { code detail } tasks { status message { code detail } } } }', { id: res.jobId })).job;
    expect(job).toMatchObject({ status: 'FAILED', isFinished: true, failure: { code: 'ECC00011', detail: 'Building failed.' } });
    expect(job.tasks.at(-1)).toEqual({ status: 'FAILED', message: { code: 'ECC00011', detail: 'Building failed.' } });
    const inst = data(await stack.gql('query($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status failDetail lastJobStatus } } } }', { id: res.instance.id })).node;
    expect(inst.status).toEqual({ status: 'FAILED', failDetail: 'Building failed.', lastJobStatus: 'FAILED' });
  });
});
