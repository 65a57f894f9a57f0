/**
 * How answers look in each dialect. service-center leaves out empty fields and answers an empty list
 * as `{}` (registry-behaviour.md, "Shapes"); the reference's shapes are the stored records as they are.
 */
import type { Dialect } from './flavour.js';
import type { BatchFindResponse, BatchFindResult, MicroService, MicroServiceInstance } from '../../wire/cse.js';

/** A service as the dialect answers it: service-center drops an empty environment, an empty schema list and a framework nobody gave. */
export function shapeService(dialect: Dialect, s: MicroService): MicroService {
  if (!dialect.sparseShapes) return s;
  const out = { ...s };
  if (!out.environment) delete out.environment;
  if (out.schemas?.length === 0) delete out.schemas;
  if (out.framework && out.framework.name === 'UNKNOWN' && out.framework.version === undefined) delete out.framework;
  return out;
}

/** `{name: list}`, or `{}` when service-center would answer an empty list. */
export function shapeList<K extends string, T>(dialect: Dialect, name: K, list: T[]): Partial<Record<K, T[]>> {
  if (dialect.sparseShapes && list.length === 0) return {};
  return { [name]: list } as Record<K, T[]>;
}

function shapeBatch(dialect: Dialect, result: BatchFindResult | undefined): BatchFindResult | undefined {
  if (!result || !dialect.sparseShapes) return result;
  return {
    ...result,
    ...(result.updated && { updated: result.updated.map((u) => (u.instances?.length ? u : { index: u.index, rev: u.rev })) }),
  };
}

/** Batch find: service-center leaves out an updated entry's empty instance list. */
export function shapeBatchFind(dialect: Dialect, answer: BatchFindResponse): BatchFindResponse {
  const out: BatchFindResponse = {};
  const services = shapeBatch(dialect, answer.services);
  const instances = shapeBatch(dialect, answer.instances);
  if (services) out.services = services;
  if (instances) out.instances = instances;
  return out;
}

export type InstanceList = Partial<Record<'instances', MicroServiceInstance[]>>;
