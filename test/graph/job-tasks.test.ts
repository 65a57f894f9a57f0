import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { graphql } from '../generated/gql.js';
import { describeTask, stageOf, withStages } from '../../src/graph/job-tasks.js';
import type * as Cas from '../../src/wire/cas.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const task = (index: number, name: string, type: Cas.Task['TASK_TYPE']): Cas.Task => ({
  CREATED_AT: '2020-02-04T04:01:03.344Z',
  LAST_HEALTH_CHECK: '2020-02-04T04:01:03.344Z',
  MESSAGES: '{}',
  OWNER_ID: 'cas-mgr',
  TASK_ID: `Task-${index}`,
  TASK_INDEX: index,
  TASK_NAME: name,
  TASK_STATUS: 'SUCCEEDED',
  TASK_TYPE: type,
});

describe('job tasks in words', () => {
  test('should describe the §4.6.1 example: separators open stages, TN codes are steps of their stage', () => {
    const tasks = withStages([
      task(9, 'TN00097', 'restful'),
      task(1, 'SEPARATOR_PREPARE_RESOURCES', 'echo'),
      task(4, 'SEPARATOR_BUILDING', 'echo'),
      task(6, 'TN00091', 'restful'),
    ]);
    expect(tasks.map((t) => [t.TASK_NAME, stageOf(t), describeTask(t)])).toEqual([
      ['SEPARATOR_PREPARE_RESOURCES', 'PREPARE_RESOURCES', 'Stage: Preparing resources'],
      ['SEPARATOR_BUILDING', 'BUILDING', 'Stage: Building'],
      ['TN00091', 'BUILDING', 'Building: step TN00091 (restful)'],
      ['TN00097', 'BUILDING', 'Building: step TN00097 (restful)'],
    ]);
  });

  test('should name an unknown stage from its separator and leave tasks before any separator without a stage', () => {
    const tasks = withStages([task(1, 'TN00001', 'kube'), task(2, 'SEPARATOR_SECURITY_SCAN', 'echo'), task(3, 'TN00002', 'kube')]);
    expect(tasks.map((t) => [stageOf(t), describeTask(t)])).toEqual([
      [null, 'Step TN00001 (kube)'],
      ['OTHER', 'Stage: Security scan'],
      ['OTHER', 'Security scan: step TN00002 (kube)'],
    ]);
  });

  describe('through the gateway, for every job the emulator runs', () => {
    test.override('stackOptions', { demo: false });

    const TASKS = graphql(`query JobTasksTasks($id: ID!) { job(id: $id) { tasks { name type isStageSeparator stage description } } }`);

    test('should put every task in a stage of the shared vocabulary (never OTHER)', async ({ stack }) => {
      const { environmentId, componentId } = await createDeployTarget(stack, 'stages');
      const deployed = data(await stack.gql(DEPLOY, { c: componentId, in: deployInput(environmentId, 'stages-a', '1.0.0', 2) })).deployComponent;
      const id = deployed.instance.id as string;
      const jobIds = [deployed.jobId as string];
      await stack.emu.advance(60_000);
      const actions = [
        ['mutation($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { jobId } }', 'scaleComponentInstance'],
        ['mutation($id: ID!) { stopComponentInstance(id: $id) { jobId } }', 'stopComponentInstance'],
        ['mutation($id: ID!) { startComponentInstance(id: $id) { jobId } }', 'startComponentInstance'],
        ['mutation($id: ID!) { restartComponentInstance(id: $id) { jobId } }', 'restartComponentInstance'],
        ['mutation($id: ID!) { upgradeComponentInstance(id: $id, input: {version: "1.1.0"}) { jobId } }', 'upgradeComponentInstance'],
        ['mutation($id: ID!) { rollbackComponentInstance(id: $id, version: "1.0.0") { jobId } }', 'rollbackComponentInstance'],
        ['mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', 'deleteComponentInstance'],
      ] as const;
      for (const [mutation, field] of actions) {
        jobIds.push(data(await stack.gql(mutation, { id }))[field].jobId);
        await stack.emu.advance(60_000);
      }
      const stages = new Set<string>();
      for (const jobId of jobIds) {
        const tasks = data(await stack.gql(TASKS, { id: jobId })).job.tasks;
        expect(tasks.length).toBeGreaterThan(1);
        expect(tasks[0]).toMatchObject({ type: 'ECHO', isStageSeparator: true });
        for (const t of tasks) {
          expect(t.stage, `${jobId} ${t.name}`).not.toBeNull();
          expect(t.stage).not.toBe('OTHER');
          expect(t.description).toMatch(t.isStageSeparator ? /^Stage: / : new RegExp(`: step ${t.name} \\(`));
          stages.add(t.stage);
        }
      }
      expect([...stages].sort()).toEqual(['BUILDING', 'DEPLOYING', 'PREPARE_RESOURCES', 'RESTARTING', 'ROLLBACK', 'STARTING', 'STOPPING', 'UPGRADING']);
    });
  });
});
