/** Node, node(id) and nodes(ids): any object fetched again from its global ID. */
import type { GatewayContext } from '../context.js';
import { decodeId, type NodeType } from '../graph/global-id.js';
import type { NodeResolvers } from '../generated/resolvers-types.js';

import type { ApplicationModel, ComponentModel, EnvironmentModel, InstanceModel, JobModel, MicroserviceInstanceModel, MicroserviceModel } from '../loaders/models.js';

/** A node's model, marked with its type so the Node interface can resolve it. */
export type TypedNode = (EnvironmentModel | ApplicationModel | ComponentModel | InstanceModel | JobModel | MicroserviceModel | MicroserviceInstanceModel) & {
  __typename: NodeType;
};

export async function fetchNode(id: string, ctx: GatewayContext, argument = 'id'): Promise<TypedNode> {
  const d = decodeId(id, argument);
  const { cas, cse } = ctx.loaders;
  const typed = (value: Omit<TypedNode, '__typename'>): TypedNode => ({ ...value, __typename: d.type }) as TypedNode;
  switch (d.type) {
    case 'Environment':
      return typed(await cas.environment.load(d.environmentId));
    case 'Application':
      return typed(await cas.application.load(d.applicationId));
    case 'Component':
      return typed(await cas.component.load(d));
    case 'ComponentInstance':
      return typed(await cas.instance.load(d));
    case 'Job':
      return typed(await cas.job.load(d.jobId));
    case 'Microservice':
      return typed(await cse.service.load(d.serviceId));
    case 'MicroserviceInstance':
      return typed(await cse.instance.load(d));
  }
}

export const Node: NodeResolvers = {
  __resolveType: (value) => (value as TypedNode).__typename,
};
