/** All resolvers, typed by the generated Resolvers type. */
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Query } from './query.js';
import { Node } from './node.js';
import { EnvironmentResource, Flavor, Runtime } from './metadata.js';
import { Environment } from './environment.js';
import { Application, ApplicationConfiguration } from './application.js';
import { ArtifactSource, CodeSource, Component, ComponentSource } from './component.js';
import { ComponentInstance, ExternalAccess, InstanceStatusDetail, Snapshot } from './component-instance.js';
import { Job, JobTask } from './job.js';
import { Microservice, MicroserviceSchema } from './microservice.js';
import { MicroserviceInstance } from './microservice-instance.js';
import { Mutation } from './mutation.js';
import { ComponentInstancePayload } from './mutation-instances.js';
import { Subscription } from './subscription.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query,
  Mutation,
  Subscription,
  ComponentInstancePayload,
  Node,
  Runtime,
  Flavor,
  EnvironmentResource,
  Environment,
  Application,
  ApplicationConfiguration,
  Component,
  ComponentSource,
  CodeSource,
  ArtifactSource,
  ComponentInstance,
  InstanceStatusDetail,
  ExternalAccess,
  Snapshot,
  Job,
  JobTask,
  Microservice,
  MicroserviceSchema,
  MicroserviceInstance,
};
