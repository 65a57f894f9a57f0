/** The emulator's data set as its REST API gives it: what floors are counted from and IDs are picked from. */
import type * as Cas from '../src/wire/cas.js';
import type * as Cse from '../src/wire/cse.js';
import type { BenchEmulator } from './emulator.js';

export type Instance = Cas.InstanceSummary & { application_id: string; component_id: string };
export type Service = Cse.MicroService & { serviceId: string };

export interface DataSet {
  environments: Cas.Environment[];
  applications: Cas.Application[];
  components: Cas.Component[];
  instances: Instance[];
  services: Service[];
}

export async function readDataSet(emu: BenchEmulator): Promise<DataSet> {
  const cas = `/v2/${emu.projectId}/cas`;
  const [envs, apps, services] = await Promise.all([
    emu.get<Cas.EnvironmentList>(`${cas}/environments?limit=1000`),
    emu.get<Cas.ApplicationList>(`${cas}/applications?limit=1000`),
    emu.get<Cse.GetServicesResponse>('/v4/default/registry/microservices'),
  ]);
  const applications = apps.applications ?? [];
  const components = (
    await Promise.all(applications.map(async (a) => (await emu.get<Cas.ComponentList>(`${cas}/applications/${a.id}/components?limit=1000`)).components ?? []))
  ).flat();
  const instances = (
    await Promise.all(
      components.map(async (c) =>
        ((await emu.get<Cas.InstanceList>(`${cas}/applications/${c.application_id}/components/${c.id}/instances?limit=1000`)).instances ?? []).map((i) => ({
          ...i,
          application_id: c.application_id,
          component_id: c.id,
        })),
      ),
    )
  ).flat();
  return { environments: envs.environments ?? [], applications, components, instances, services: (services.services ?? []) as Service[] };
}

/** Up to `n` items spread evenly over the list, so picks are not all from one corner of the data. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** The registry services of a component: appId is its application's name, serviceName its own. */
export function servicesOfComponent(ds: DataSet, component: Cas.Component): Service[] {
  const app = ds.applications.find((a) => a.id === component.application_id);
  return ds.services.filter((s) => s.appId === app?.name && s.serviceName === component.name);
}
