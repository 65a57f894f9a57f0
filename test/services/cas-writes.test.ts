import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as applications from '../../src/services/applications.js';
import * as components from '../../src/services/components.js';
import * as environments from '../../src/services/environments.js';
import type * as Cas from '../../src/wire/cas.js';
import { CAS_READS, casHarness, readAgainAfter, refused, timedOut, type CasHarness } from './fakes.js';

const ENV_INPUT = { name: 'prod', vpcId: 'vpc-1', baseResources: [{ id: 'cce-1', type: 'cce' }] };
const env2 = { id: 'e2', name: 'prod' } as Cas.Environment;

/** Which reads `write` makes the request fetch again, `make` answering the write under test. */
const readAgain = (make: () => CasHarness, write: (h: CasHarness) => Promise<unknown>) => readAgainAfter(make, (h) => h.loaders.cas, CAS_READS, write);

describe('environment writes forget the environment list and the environment, and keep the answer', () => {
  it('should prime the created environment: reading it again costs nothing and shows the answer', async () => {
    const make = () => casHarness({ createEnvironment: async () => env2 });
    expect(await readAgain(make, (h) => environments.createEnvironment(h, ENV_INPUT))).toEqual(['environments']);
    const h = make();
    await h.loaders.cas.environment.load('e2');
    await environments.createEnvironment(h, ENV_INPUT);
    h.calls.length = 0;
    expect(await h.loaders.cas.environment.load('e2')).toBe(env2);
    expect(h.calls).toEqual([]);
  });

  it('should forget the updated and the deleted environment (a delete primes nothing)', async () => {
    const updated = () => casHarness({ updateEnvironment: async (id) => ({ id, name: 'renamed' }) as Cas.Environment });
    expect(await readAgain(updated, (h) => environments.updateEnvironment(h, 'e1', { description: 'd' }))).toEqual(['environments']);
    const patched = () => casHarness({ patchEnvironmentResources: async (id) => ({ id, name: 'patched' }) as Cas.Environment });
    expect(await readAgain(patched, (h) => environments.modifyEnvironmentResources(h, 'e1', { addBaseResources: [{ id: 'ecs-1', type: 'ecs' }] }))).toEqual(['environments']);
    const deleted = () => casHarness({ deleteEnvironment: async () => undefined });
    expect(await readAgain(deleted, (h) => environments.deleteEnvironment(h, 'e1'))).toEqual(['environment e1', 'environments']);
  });

  it('should forget nothing after a refused write, and forget without priming after one that may have applied', async () => {
    expect(await readAgain(() => casHarness({ updateEnvironment: () => refused() }), (h) => environments.updateEnvironment(h, 'e1', { description: 'd' }))).toEqual([]);
    expect(await readAgain(() => casHarness({ updateEnvironment: () => timedOut() }), (h) => environments.updateEnvironment(h, 'e1', { description: 'd' }))).toEqual([
      'environment e1',
      'environments',
    ]);
    // A create whose answer never came names no id: only the list is forgotten.
    expect(await readAgain(() => casHarness({ createEnvironment: () => timedOut() }), (h) => environments.createEnvironment(h, ENV_INPUT))).toEqual(['environments']);
  });

  it('should refuse a bad input before any call, and forget nothing', async () => {
    const h = casHarness({ createEnvironment: async () => env2 });
    await h.loaders.cas.environments.all(null);
    h.calls.length = 0;
    await expect(environments.createEnvironment(h, { ...ENV_INPUT, name: '-bad name-' })).rejects.toBeInstanceOf(GraphQLError);
    await h.loaders.cas.environments.all(null);
    expect(h.calls).toEqual([]);
  });
});

describe('application writes forget the application, the list, every configuration and the walk of all instances', () => {
  const APP_READS = ['application a1', 'applications', 'configuration a1', 'all instances'];

  it('should forget them after each application write, and the created one by its id', async () => {
    const created = () => casHarness({ createApplication: async () => ({ id: 'a2', name: 'new' }) as Cas.Application });
    expect(await readAgain(created, (h) => applications.createApplication(h, { name: 'new' }))).toEqual(['application a2', 'applications', 'configuration a1', 'all instances']);
    const updated = () => casHarness({ updateApplication: async (id) => ({ id, name: 'shop' }) as Cas.Application });
    expect(await readAgain(updated, (h) => applications.updateApplication(h, 'a1', { description: 'd' }))).toEqual(APP_READS);
    const deleted = () => casHarness({ deleteApplication: async () => undefined });
    expect(await readAgain(deleted, (h) => applications.deleteApplication(h, 'a1'))).toEqual(APP_READS);
    const configured = () => casHarness({ putApplicationConfiguration: async () => ({ application_id: 'a1', environment_id: 'e1', configuration: { env: [] } }) as Cas.ApplicationConfiguration });
    expect(await readAgain(configured, (h) => applications.setApplicationConfiguration(h, 'a1', 'e1', [{ name: 'K', value: 'v' }]))).toEqual(APP_READS);
  });

  it("should answer a configuration delete with the application read after it", async () => {
    const h = casHarness({ deleteApplicationConfiguration: async () => undefined });
    await h.loaders.cas.application.load('a1');
    h.calls.length = 0;
    expect(await applications.deleteApplicationConfiguration(h, 'a1', 'e1')).toMatchObject({ id: 'a1' });
    expect(h.calls).toEqual(['deleteApplicationConfiguration a1 e1', 'getApplication a1']);
  });

  it('should forget nothing after a refused application write', async () => {
    expect(await readAgain(() => casHarness({ deleteApplication: () => refused() }), (h) => applications.deleteApplication(h, 'a1'))).toEqual([]);
    expect(await readAgain(() => casHarness({ putApplicationConfiguration: () => refused() }), (h) => applications.setApplicationConfiguration(h, 'a1', 'e1', []))).toEqual([]);
  });
});

describe("component writes forget the component, its application's list and count, and the walk of all instances", () => {
  it('should forget them after each component write', async () => {
    const COMPONENT_READS = ['application a1', 'applications', 'component a1/c1', 'components a1', 'all instances'];
    const created = () => casHarness({ createComponent: async () => ({ id: 'c2', name: 'new' }) as Cas.Component });
    const input = { name: 'new', runtime: 'Java8', category: 'COMMON' as const };
    expect(await readAgain(created, (h) => components.createComponent(h, 'a1', input))).toEqual(['application a1', 'applications', 'component a1/c2', 'components a1', 'all instances']);
    const updated = () => casHarness({ updateComponent: async (_a, id) => ({ id, name: 'cart' }) as Cas.Component });
    expect(await readAgain(updated, (h) => components.updateComponent(h, { applicationId: 'a1', componentId: 'c1' }, { description: 'd' }))).toEqual(COMPONENT_READS);
    const deleted = () => casHarness({ deleteComponent: async () => undefined });
    expect(await readAgain(deleted, (h) => components.deleteComponent(h, { applicationId: 'a1', componentId: 'c1' }, true))).toEqual(COMPONENT_READS);
  });

  it('should forget nothing after a refused component write, and send no call for a bad input', async () => {
    expect(await readAgain(() => casHarness({ deleteComponent: () => refused() }), (h) => components.deleteComponent(h, { applicationId: 'a1', componentId: 'c1' }))).toEqual([]);
    const h = casHarness({ createComponent: async () => ({ id: 'c2', name: 'new' }) as Cas.Component });
    await expect(components.createComponent(h, 'a1', { name: '', runtime: 'Java8', category: 'COMMON' })).rejects.toBeInstanceOf(GraphQLError);
    expect(h.calls).toEqual([]);
  });
});
