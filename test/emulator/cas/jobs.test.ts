import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, type TestEmulator } from '../../support/emulator.js';
import { cas, deployed, expectError, finishJobs, instanceBody, makeScene, startCasEmulator, STEP, type Scene } from './helpers.js';

interface TaskView {
  TASK_INDEX: number;
  TASK_NAME: string;
  TASK_TYPE: string;
  TASK_STATUS: string;
  TASK_ID: string;
  CREATED_AT: string;
  LAST_HEALTH_CHECK: string;
  MESSAGES: string;
  OWNER_ID: string;
}

/** Provision of N replicas: 7 fixed tasks (§4.6.1-style separators, restful and kube) + one per replica. */
const provisionTasks = (replicas: number) => 7 + replicas;

describe('CAS jobs and instance status under a driven clock', () => {
  let emu: TestEmulator;
  let scene: Scene;
  const job = async (jobId: string, query = '') => (await emu.call('GET', cas(emu, `/jobs/${jobId}${query}`))).body;
  const status = async (id: string) => (await emu.call('GET', scene.instance(id))).body.status_detail;
  const action = async (id: string, body: unknown) => (await emu.call('POST', scene.instance(id, '/action'), { body })).body.job_id as string;
  const step = (n = 1) => emu.advance(STEP * n);

  beforeAll(async () => {
    emu = await startCasEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(async () => {
    await emu.reset(false);
    scene = await makeScene(emu);
  });

  it('should run a deploy task by task: SUBMITTED, RUNNING with a growing task list, SUCCEEDED', async () => {
    const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { replica: 2 }) });
    const { instance_id: id, job_id: jobId } = created.body;

    let j = await job(jobId);
    expect(j).toEqual({
      task_count: 0,
      tasks: [],
      job: {
        JOB_ID: jobId,
        JOB_NAME: 'provision/provMain',
        JOB_DESC: 'provision/provMain',
        JOB_TYPE: 'PROVISION',
        SERVICE_INSTANCE_ID: id,
        PROJECT_ID: emu.projects[0]!.id,
        ORDER_ID: '',
        EXECUTION_STATUS: 'SUBMITTED',
        CREATED_BY: expect.any(String),
      },
    });
    expect(await status(id)).toMatchObject({ status: 'INITIALIZING', replica: 2, available_replica: 0, last_job_id: jobId, last_job_status: 'SUBMITTED' });

    await step();
    j = await job(jobId);
    expect(j.job.EXECUTION_STATUS).toBe('RUNNING');
    expect(j.task_count).toBe(1);
    expect(j.tasks[0]).toEqual({
      TASK_INDEX: 1,
      TASK_NAME: 'SEPARATOR_PREPARE_RESOURCES',
      TASK_TYPE: 'echo',
      TASK_STATUS: 'RUNNING',
      TASK_ID: expect.stringMatching(/^Task-[0-9a-f-]{36}$/),
      CREATED_AT: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      LAST_HEALTH_CHECK: expect.any(String),
      MESSAGES: '{}',
      OWNER_ID: expect.any(String),
    });
    expect((await status(id)).last_job_status).toBe('RUNNING');

    await step();
    j = await job(jobId);
    expect(j.tasks.map((t: TaskView) => [t.TASK_INDEX, t.TASK_STATUS])).toEqual([
      [1, 'SUCCEEDED'],
      [2, 'RUNNING'],
    ]);
    expect(Date.parse(j.tasks[1].CREATED_AT) - Date.parse(j.tasks[0].CREATED_AT)).toBe(STEP);

    // Until the replica tasks, nothing is available.
    await step(provisionTasks(2) - 2);
    j = await job(jobId);
    expect(j.task_count).toBe(provisionTasks(2));
    expect(await status(id)).toMatchObject({ status: 'INITIALIZING', available_replica: 1 });

    await step();
    j = await job(jobId);
    expect(j.job.EXECUTION_STATUS).toBe('SUCCEEDED');
    expect(j.tasks.every((t: TaskView) => t.TASK_STATUS === 'SUCCEEDED')).toBe(true);
    expect(j.tasks.map((t: TaskView) => t.TASK_INDEX)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(j.tasks.filter((t: TaskView) => t.TASK_TYPE === 'kube')).toHaveLength(3);
    expect(await status(id)).toMatchObject({ status: 'RUNNING', replica: 2, available_replica: 2, fail_detail: null, last_job_status: 'SUCCEEDED' });
  });

  it('should bring replicas up one per step on deploy', async () => {
    const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { replica: 3 }) });
    // A task's effect shows when it completes, one step after it starts: the first replica task starts at step 8.
    await step(provisionTasks(0) + 1);
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      await step();
      seen.push((await status(created.body.instance_id)).available_replica);
    }
    expect(seen).toEqual([1, 2, 3, 3]);
  });

  it('should honour instance_id, limit, offset and desc on the job call', async () => {
    const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { replica: 2 }) });
    await finishJobs(emu);
    const jobId = created.body.job_id;
    const indexes = (j: { tasks: TaskView[] }) => j.tasks.map((t) => t.TASK_INDEX);

    expect(indexes(await job(jobId, `?instance_id=${created.body.instance_id}`))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const limited = await job(jobId, '?limit=2');
    expect({ count: limited.task_count, indexes: indexes(limited) }).toEqual({ count: 9, indexes: [1, 2] });
    expect(indexes(await job(jobId, '?offset=7'))).toEqual([8, 9]);
    expect(indexes(await job(jobId, '?desc=true&limit=3'))).toEqual([9, 8, 7]);
    expect(indexes(await job(jobId, '?desc=false&offset=1&limit=1'))).toEqual([2]);

    expectError(await emu.call('GET', cas(emu, `/jobs/${jobId}?instance_id=someone-else`)), 404, 'SVCSTG.00100429', /someone-else/);
    expectError(await emu.call('GET', cas(emu, `/jobs/${jobId}?desc=yes`)), 400, 'SVCSTG.00100400', /desc/);
    expectError(await emu.call('GET', cas(emu, `/jobs/${jobId}?limit=-1`)), 400, 'SVCSTG.00100400', /limit/);
    expectError(await emu.call('GET', cas(emu, `/jobs/${jobId}?offset=x`)), 400, 'SVCSTG.00100400', /offset/);
    expectError(await emu.call('GET', cas(emu, '/jobs/JOB00000000-0000-0000-0000-000000000000')), 404, 'SVCSTG.00100429');
  });

  it('should scale up and down one replica per step, replica at the target at once', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId, { replica: 2 }));
    const up = await action(id, { action: 'scale', parameters: { replica: 4 } });
    expect(await status(id)).toMatchObject({ status: 'UPGRADING', replica: 4, available_replica: 2, last_job_id: up, last_job_status: 'SUBMITTED' });
    const j = await job(up);
    expect(j.job).toMatchObject({ JOB_TYPE: 'DAILY_OPERATION', JOB_NAME: 'daily_operation/scale' });

    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      await step();
      seen.push((await status(id)).available_replica);
    }
    expect(seen).toEqual([2, 2, 2, 3, 4]);
    expect(await status(id)).toMatchObject({ status: 'RUNNING', replica: 4, last_job_status: 'SUCCEEDED' });

    await action(id, { action: 'scale', parameters: { replica: 1 } });
    expect((await status(id)).replica).toBe(1);
    const down: number[] = [];
    for (let i = 0; i < 6; i++) {
      await step();
      down.push((await status(id)).available_replica);
    }
    expect(down).toEqual([4, 4, 4, 3, 2, 1]);
    expect((await status(id)).status).toBe('RUNNING');
  });

  it('should stop, start and restart with their transitional statuses', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId, { replica: 2 }));

    const stop = await action(id, { action: 'stop' });
    expect((await job(stop)).job.JOB_NAME).toBe('daily_operation/stop');
    expect(await status(id)).toMatchObject({ status: 'STOPPING', available_replica: 2 });
    await finishJobs(emu);
    expect(await status(id)).toMatchObject({ status: 'STOPPED', replica: 2, available_replica: 0, last_job_status: 'SUCCEEDED' });

    await action(id, { action: 'start' });
    expect((await status(id)).status).toBe('STARTING');
    await step(4);
    expect(await status(id)).toMatchObject({ status: 'STARTING', available_replica: 1 });
    await step();
    expect(await status(id)).toMatchObject({ status: 'RUNNING', available_replica: 2 });

    await action(id, { action: 'restart' });
    expect((await status(id)).status).toBe('RESTARTING');
    await step(2);
    expect(await status(id)).toMatchObject({ status: 'RESTARTING', available_replica: 2 });
    await step();
    expect(await status(id)).toMatchObject({ status: 'RESTARTING', available_replica: 0 });
    await finishJobs(emu);
    expect(await status(id)).toMatchObject({ status: 'RUNNING', available_replica: 2 });
  });

  it('should keep a stopped instance stopped when it is scaled', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId, { replica: 1 }));
    await action(id, { action: 'stop' });
    await finishJobs(emu);
    await action(id, { action: 'scale', parameters: { replica: 3 } });
    await finishJobs(emu);
    expect(await status(id)).toMatchObject({ status: 'STOPPED', replica: 3, available_replica: 0 });
  });

  it('should upgrade (UPGRADING, new version at the end, a snapshot per version) and roll back', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId));
    const upgradeJob = (await emu.call('PUT', scene.instance(id), { body: { version: '1.1.0', description: 'second' } })).body.job_id;
    expect((await job(upgradeJob)).job).toMatchObject({ JOB_TYPE: 'DAILY_OPERATION', JOB_NAME: 'upgrade' });
    await step(2);
    let detail = (await emu.call('GET', scene.instance(id))).body;
    expect({ version: detail.version, status: detail.status_detail.status }).toEqual({ version: '1.0.0', status: 'UPGRADING' });
    await finishJobs(emu);
    detail = (await emu.call('GET', scene.instance(id))).body;
    expect({ version: detail.version, description: detail.description, status: detail.status_detail.status }).toEqual({ version: '1.1.0', description: 'second', status: 'RUNNING' });

    const snapshots = (await emu.call('GET', scene.instance(id, '/snapshots?order=asc'))).body;
    expect(snapshots.count).toBe(2);
    expect(snapshots.snapshots.map((s: { version: string; description: string }) => [s.version, s.description])).toEqual([
      ['1.0.0', '{"action":"New Version: 1.0.0"}'],
      ['1.1.0', '{"action":"New Version: 1.1.0"}'],
    ]);

    const rollback = await action(id, { action: 'rollback', parameters: { version: '1.0.0' } });
    expect((await job(rollback)).job.JOB_NAME).toBe('daily_operation/rollback');
    expect((await status(id)).status).toBe('UPGRADING');
    await finishJobs(emu);
    detail = (await emu.call('GET', scene.instance(id))).body;
    expect({ version: detail.version, description: detail.description, status: detail.status_detail.status }).toEqual({ version: '1.0.0', description: null, status: 'RUNNING' });
    expect((await emu.call('GET', scene.instance(id, '/snapshots'))).body.count).toBe(2);
  });

  it('should delete: DELETING, then the instance is gone while its job stays readable', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId));
    const del = (await emu.call('DELETE', scene.instance(id))).body.job_id;
    expect(await status(id)).toMatchObject({ status: 'DELETING', last_job_id: del });
    expect((await job(del)).job).toMatchObject({ JOB_TYPE: 'DEPROVISION', JOB_NAME: 'deprovision/deprovMain', SERVICE_INSTANCE_ID: id });
    await finishJobs(emu);
    expectError(await emu.call('GET', scene.instance(id)), 404, 'SVCSTG.00100412');
    expect((await job(del)).job.EXECUTION_STATUS).toBe('SUCCEEDED');
    expect((await emu.call('GET', scene.instances())).body.count).toBe(0);
  });

  it('should fail the next job at its last task when asked to, with ECC00011 and a FAILED instance', async () => {
    expect((await call(emu.url, 'POST', '/__emulator/jobs/fail-next', { body: {} })).status).toBe(200);
    const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { replica: 2 }) });
    await finishJobs(emu);
    const j = await job(created.body.job_id);
    expect(j.job.EXECUTION_STATUS).toBe('FAILED');
    expect(j.task_count).toBe(provisionTasks(2));
    const failed = j.tasks.at(-1) as TaskView;
    expect(failed.TASK_STATUS).toBe('FAILED');
    expect(JSON.parse(failed.MESSAGES)).toEqual({ Message: 'ECC00011', Detail: 'Building failed.' });
    expect(j.tasks.slice(0, -1).every((t: TaskView) => t.TASK_STATUS === 'SUCCEEDED')).toBe(true);
    expect(await status(created.body.instance_id)).toMatchObject({ status: 'FAILED', fail_detail: 'Building failed.', available_replica: 1, last_job_status: 'FAILED' });
    expect((await emu.call('GET', scene.instance(created.body.instance_id, '/snapshots'))).body.count).toBe(0);

    // A later job that succeeds clears the failure.
    await action(created.body.instance_id, { action: 'restart' });
    await finishJobs(emu);
    expect(await status(created.body.instance_id)).toMatchObject({ status: 'RUNNING', fail_detail: null, available_replica: 2 });
  });

  it('should fail at the requested task with the requested message', async () => {
    await call(emu.url, 'POST', '/__emulator/jobs/fail-next', { body: { atTask: 4, message: 'ECC00099', detail: 'Image push failed.' } });
    const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
    await finishJobs(emu);
    const j = await job(created.body.job_id);
    expect(j.task_count).toBe(4);
    expect(j.tasks[3]).toMatchObject({ TASK_INDEX: 4, TASK_STATUS: 'FAILED', TASK_NAME: 'TN00094' });
    expect(JSON.parse(j.tasks[3].MESSAGES)).toEqual({ Message: 'ECC00099', Detail: 'Image push failed.' });
    expect(await status(created.body.instance_id)).toMatchObject({ status: 'FAILED', fail_detail: 'Image push failed.', available_replica: 0 });
  });

  it('should keep the old version when an upgrade fails', async () => {
    const id = await deployed(emu, scene, instanceBody(scene.envId));
    await call(emu.url, 'POST', '/__emulator/jobs/fail-next', { body: {} });
    await emu.call('PUT', scene.instance(id), { body: { version: '2.0.0' } });
    await finishJobs(emu);
    const detail = (await emu.call('GET', scene.instance(id))).body;
    expect({ version: detail.version, status: detail.status_detail.status }).toEqual({ version: '1.0.0', status: 'FAILED' });
  });

  it('should read the step length when each step is scheduled', async () => {
    await call(emu.url, 'PUT', '/__emulator/settings', { body: { jobStepMs: STEP * 2 } });
    try {
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      await step();
      expect((await job(created.body.job_id)).job.EXECUTION_STATUS).toBe('SUBMITTED');
      await step();
      expect((await job(created.body.job_id)).job.EXECUTION_STATUS).toBe('RUNNING');
    } finally {
      await call(emu.url, 'PUT', '/__emulator/settings', { body: { jobStepMs: STEP } });
    }
  });
});
