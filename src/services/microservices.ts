/** Registry service writes (§5.4, §5.5, §5.8, §5.20, §5.21): each answers the service as the registry shows it now. */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cse.js';
import type { MicroserviceModel } from '../loaders/models.js';
import type * as W from '../wire/cse.js';
import { sendWrite, type RegistryWriteScope } from './write-scope.js';

const forgetServices = (scope: RegistryWriteScope) => () => scope.loaders.cse.afterWrite.services();

export async function createMicroservice(scope: RegistryWriteScope, input: G.CreateMicroserviceInput): Promise<MicroserviceModel> {
  const body = inputs.createMicroserviceBody(input);
  const { serviceId } = await sendWrite(() => scope.cse.createService(body), forgetServices(scope));
  return scope.loaders.cse.service.load(serviceId);
}

export async function updateMicroserviceProperties(scope: RegistryWriteScope, serviceId: string, properties: unknown): Promise<MicroserviceModel> {
  const body = inputs.propertiesBody(properties);
  await sendWrite(() => scope.cse.updateServiceProperties(serviceId, body), forgetServices(scope));
  return scope.loaders.cse.service.load(serviceId);
}

/** Answers each consumer as the registry now lists it, or null where it lists none of that key. */
export async function setDependencies(scope: RegistryWriteScope, dependencies: readonly G.DependencyInput[]): Promise<(MicroserviceModel | null)[]> {
  const body = inputs.dependenciesBody(dependencies);
  await sendWrite(() => scope.cse.putDependencies(body), forgetServices(scope));
  const all = await scope.loaders.cse.allServices();
  // A consumer sent without environment is the registry's default one: "" on service-center, development on CSE.
  const named = (env: string) => (s: MicroserviceModel, consumer: W.PutDependenciesRequest['dependencies'][number]['consumer']) =>
    s.appId === consumer.appId && s.serviceName === consumer.serviceName && s.version === consumer.version && (s.environment ?? '') === env;
  return body.dependencies.map(
    ({ consumer }) =>
      all.find((s) => named(consumer.environment ?? '')(s, consumer)) ?? (consumer.environment ? undefined : all.find((s) => named('development')(s, consumer))) ?? null,
  );
}

/** The live hub is told, so the service's instances leaving read DEREGISTERED. */
export async function deleteMicroservice(scope: RegistryWriteScope, serviceId: string, force?: boolean): Promise<void> {
  await sendWrite(() => scope.cse.deleteService(serviceId, force), forgetServices(scope));
  scope.live.noteDeregistered(scope.session, serviceId);
}

/** What the registry did with one service of a batch delete. */
export interface ServiceDeletion {
  serviceId: string;
  deleted: boolean;
  error: string | null;
}

/** One outcome per asked service, in the order asked; only the ones the registry deleted are told to the live hub. */
export async function deleteMicroservices(scope: RegistryWriteScope, serviceIds: readonly string[], force?: boolean): Promise<ServiceDeletion[]> {
  const answer = await sendWrite(() => scope.cse.deleteServices({ serviceIds: [...serviceIds], ...(force != null && { force }) }), forgetServices(scope));
  for (const s of answer.services ?? []) if (s.serviceId && !s.errMessage) scope.live.noteDeregistered(scope.session, s.serviceId);
  return serviceIds.map((serviceId) => {
    const outcome = answer.services?.find((s) => s.serviceId === serviceId);
    const error = outcome?.errMessage || null;
    return { serviceId, deleted: outcome !== undefined && !error, error: outcome ? error : 'the registry did not answer for this service' };
  });
}
