/**
 * The joins between the two APIs and the lists the reference has no call for, all through the
 * request's loaders. ServiceStage's convention: a registry microservice belongs to the component
 * named like its serviceName, in the application named like its appId; its instances at the
 * component instance's version are that instance's replicas.
 */
import type { CasLoaders } from './cas.js';
import type { ListOrder } from './list-loader.js';
import type { CseLoaders } from './cse.js';
import type { ApplicationModel, ComponentModel, InstanceModel, MicroserviceInstanceModel, MicroserviceModel } from './models.js';

export interface Loaders {
  cas: CasLoaders;
  cse: CseLoaders;
}

export async function microservicesOfApplication(loaders: Loaders, appName: string): Promise<MicroserviceModel[]> {
  return (await loaders.cse.allServices()).filter((s) => s.appId === appName);
}

export async function microservicesOfComponent(loaders: Loaders, component: ComponentModel): Promise<MicroserviceModel[]> {
  const app = await loaders.cas.application.load(component.application_id);
  return (await loaders.cse.allServices()).filter((s) => s.appId === app.name && s.serviceName === component.name);
}

/** The highest version first (numeric parts, as the registry compares them). */
export function byVersionDescending(a: MicroserviceModel, b: MicroserviceModel): number {
  const pa = a.version.split('.').map(Number);
  const pb = b.version.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export async function registryInstancesOfComponentInstance(loaders: Loaders, instance: InstanceModel): Promise<MicroserviceInstanceModel[]> {
  const component = await loaders.cas.component.load({ applicationId: instance.application_id, componentId: instance.component_id });
  const app = await loaders.cas.application.load(component.application_id);
  const found = await loaders.cse.replicas.load({ appId: app.name, serviceName: component.name, version: instance.version });
  // The same version may run in two environments; the platform names replicas after their instance
  // (Kubernetes pods are "<instance name>-..."), which tells them apart when it applies.
  const prefix = `${instance.name}-`;
  const own = found.filter((r) => r.hostName.startsWith(prefix));
  return own.length > 0 ? own : found;
}

export async function componentOfMicroservice(loaders: Loaders, service: MicroserviceModel): Promise<ComponentModel | null> {
  const app = (await loaders.cas.applications.all(null)).find((a) => a.name === service.appId);
  if (!app) return null;
  return (await loaders.cas.components.all(app.id)).find((c) => c.name === service.serviceName) ?? null;
}

export async function componentInstanceOfRegistryInstance(loaders: Loaders, registered: MicroserviceInstanceModel): Promise<InstanceModel | null> {
  const service = await loaders.cse.service.load(registered.serviceId);
  const component = await componentOfMicroservice(loaders, service);
  if (!component) return null;
  const candidates = (await loaders.cas.instances.all({ applicationId: component.application_id, componentId: component.id })).filter(
    (i) => i.version === service.version,
  );
  return candidates.find((i) => registered.hostName.startsWith(`${i.name}-`)) ?? candidates[0] ?? null;
}

/** CAS has no "instances of an environment" call: every application's components' instances, filtered. */
export async function instancesInEnvironment(loaders: Loaders, environmentId: string): Promise<InstanceModel[]> {
  return (await loaders.cas.allInstances()).filter((i) => i.environment_id === environmentId);
}

/** Applications with an instance in the environment, sorted here: the list fetched for the walk serves every order. */
export async function applicationsInEnvironment(loaders: Loaders, environmentId: string, order: ListOrder): Promise<ApplicationModel[]> {
  const ids = new Set((await instancesInEnvironment(loaders, environmentId)).map((i) => i.application_id));
  const apps = (await loaders.cas.applications.all(null)).filter((a) => ids.has(a.id));
  const field = order.orderBy === 'name' || order.orderBy === 'update_time' ? order.orderBy : 'create_time';
  const sign = order.order === 'asc' ? 1 : -1;
  return apps.sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0));
}
