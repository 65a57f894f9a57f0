import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as instances from '../../src/services/component-instances.js';
import { CAS_READS, casHarness, readAgainAfter, refused, timedOut, type CasHarness } from './fakes.js';
import type { CasClient } from '../../src/upstream/cas.js';
import { deployInput } from '../mutations/helpers.js';

const KEY = { applicationId: 'a1', componentId: 'c1', instanceId: 'i1' };
const COMPONENT = { applicationId: 'a1', componentId: 'c1' };
const job = async () => ({ job_id: 'job-1' });
/** What an instance write forgets: the instance, its component's instance list, its snapshots, the walk of all instances. */
const INSTANCE_READS = ['instance a1/c1/i1', 'instances a1/c1', 'snapshots a1/c1/i1', 'all instances'];
/** The replicas of instance cart-prod (in service cart of app shop), as the live hub is told. */
const CART_PROD = { appId: 'shop', serviceName: 'cart', hostPrefix: 'cart-prod-' };

const readAgain = (make: () => CasHarness, write: (h: CasHarness) => Promise<unknown>) => readAgainAfter(make, (h) => h.loaders.cas, CAS_READS, write);

const DEPLOY = deployInput('e1', 'cart-new');

/** Every write that can take replicas away, with the client method that sends it. */
const TAKING_AWAY: [string, keyof CasClient, (h: CasHarness) => Promise<unknown>][] = [
  ['upgrade', 'updateInstance', (h) => instances.upgradeComponentInstance(h, KEY, { version: '1.0.1' })],
  ['scale', 'instanceAction', (h) => instances.scaleComponentInstance(h, KEY, 1)],
  ['stop', 'instanceAction', (h) => instances.stopComponentInstance(h, KEY)],
  ['restart', 'instanceAction', (h) => instances.restartComponentInstance(h, KEY)],
  ['rollback', 'instanceAction', (h) => instances.rollbackComponentInstance(h, KEY, '1.0.0')],
  ['delete', 'deleteInstance', (h) => instances.deleteComponentInstance(h, KEY, true)],
];

describe('component instance writes', () => {
  it('should answer the deployed instance and its job, forgetting the new instance and its lists', async () => {
    const make = () => casHarness({ createInstance: async () => ({ instance_id: 'i2', job_id: 'job-1' }) });
    expect(await readAgain(make, (h) => instances.deployComponent(h, COMPONENT, 'e1', DEPLOY))).toEqual(['instance a1/c1/i2', 'instances a1/c1', 'all instances']);
    const h = make();
    expect(await instances.deployComponent(h, COMPONENT, 'e1', DEPLOY)).toEqual({ key: { ...COMPONENT, instanceId: 'i2' }, jobId: 'job-1' });
    // Deploying takes no replica away.
    expect(h.live.replicasLeaving).toEqual([]);
  });

  it.each(TAKING_AWAY)('should forget the instance after %s and tell the live hub its replicas leave', async (_name, method, write) => {
    const make = () => casHarness({ [method]: job });
    expect(await readAgain(make, write)).toEqual(INSTANCE_READS);
    const h = make();
    expect(await write(h)).toEqual({ key: KEY, jobId: 'job-1' });
    expect(h.live.replicasLeaving).toEqual([CART_PROD]);
  });

  it('should forget the instance after start and tell the live hub nothing (start takes nothing away)', async () => {
    const make = () => casHarness({ instanceAction: job });
    expect(await readAgain(make, (h) => instances.startComponentInstance(h, KEY))).toEqual(INSTANCE_READS);
    const h = make();
    await instances.startComponentInstance(h, KEY);
    expect(h.calls).toEqual(['instanceAction a1 c1 i1']);
    expect(h.live.replicasLeaving).toEqual([]);
  });

  it.each(TAKING_AWAY)('should forget nothing and tell the live hub nothing when the upstream refuses %s', async (_name, method, write) => {
    const make = () => casHarness({ [method]: () => refused() });
    expect(await readAgain(make, write)).toEqual([]);
    const h = make();
    await expect(write(h)).rejects.toMatchObject({ status: 400 });
    expect(h.live.replicasLeaving).toEqual([]);
  });

  it('should forget the instance but tell the live hub nothing when a stop may have applied', async () => {
    const make = () => casHarness({ instanceAction: () => timedOut() });
    expect(await readAgain(make, (h) => instances.stopComponentInstance(h, KEY))).toEqual(INSTANCE_READS);
    const h = make();
    await expect(instances.stopComponentInstance(h, KEY)).rejects.toMatchObject({ mayHaveApplied: true });
    expect(h.live.replicasLeaving).toEqual([]);
  });

  it('should still answer a write whose replicas cannot be named, and tell the live hub nothing', async () => {
    const h = casHarness({ instanceAction: job, getInstance: () => refused() });
    expect(await instances.stopComponentInstance(h, KEY)).toEqual({ key: KEY, jobId: 'job-1' });
    expect(h.live.replicasLeaving).toEqual([]);
  });

  it('should send the write without waiting for the lookup of its replicas', async () => {
    let answerLookup!: () => void;
    const lookupHeld = new Promise<void>((resolve) => (answerLookup = resolve));
    let sent!: () => void;
    const writeSent = new Promise<void>((resolve) => (sent = resolve));
    const h = casHarness({
      instanceAction: async () => {
        sent();
        return job();
      },
      getApplication: async (id) => {
        await lookupHeld;
        return { id, name: 'shop' } as Awaited<ReturnType<CasClient['getApplication']>>;
      },
    });
    const written = instances.stopComponentInstance(h, KEY);
    // Were the write waiting for the lookup, this would never resolve.
    await writeSent;
    answerLookup();
    await written;
    expect(h.live.replicasLeaving).toEqual([CART_PROD]);
  });

  it('should refuse a bad scale before any call (the lookup included)', async () => {
    const h = casHarness({ instanceAction: job });
    await expect(instances.scaleComponentInstance(h, KEY, -1)).rejects.toBeInstanceOf(GraphQLError);
    await expect(instances.rollbackComponentInstance(h, KEY, '')).rejects.toBeInstanceOf(GraphQLError);
    expect(h.calls).toEqual([]);
  });
});
