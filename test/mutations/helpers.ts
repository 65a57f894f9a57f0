/** Shared by the mutation and live tests: a deploy, its input, a target to deploy into, and an answer's first error. */
import { expect } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { ComponentCategory } from '../generated/graphql.js';
import { data, type GraphQLCaller, type GraphQLResponse } from '../support/gateway.js';

export { data };

export function firstError(res: GraphQLResponse): { code: string | undefined; errorCode?: string; message: string } {
  const e = res.body.errors?.[0];
  expect(e, `expected an error, got ${JSON.stringify(res.body)}`).toBeDefined();
  return { code: e!.extensions?.code, errorCode: e!.extensions?.errorCode, message: e!.message };
}

export const DEPLOY = graphql(`mutation DeployComponent($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId instance { id status { status } } } }`);

export const CREATE_ENVIRONMENT = graphql(`mutation CreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }`);
export const CREATE_APPLICATION = graphql(`mutation CreateApplication($n: String!) { createApplication(input: {name: $n}) { id } }`);
export const CREATE_COMPONENT = graphql(`mutation CreateComponent($a: ID!, $in: CreateComponentInput!) { createComponent(applicationId: $a, input: $in) { id } }`);

export function deployInput(environmentId: string, name: string, version = '1.0.0', replica = 1) {
  return {
    environmentId,
    name,
    version,
    replica,
    flavorId: 'MICRO-5G:0.5C:1G',
    artifacts: [{ name: 'main', storage: 'swr', type: 'image', url: `swr.example.com/ns/${name}:${version}` }],
    referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }, { id: 'default', type: 'cse' }],
  };
}

/** An environment of one CCE cluster named `name`, as the mutation tests create it; answers its ID. */
export async function createEnvironment(stack: { gql: GraphQLCaller }, name: string): Promise<string> {
  return data(await stack.gql(CREATE_ENVIRONMENT, { in: { name, vpcId: 'v', baseResources: [{ id: 'cce-1', type: 'cce' }] } })).createEnvironment.id;
}

/** What kind of component `createDeployTarget` makes (a Java8 COMMON component unless asked otherwise). */
export interface ComponentKind {
  category: ComponentCategory;
  subCategory?: string;
}

/** An environment, an application and a component to deploy into, named after `prefix`. */
export async function createDeployTarget(
  stack: { gql: GraphQLCaller },
  prefix: string,
  component: ComponentKind = { category: 'COMMON' },
): Promise<{ environmentId: string; applicationId: string; componentId: string }> {
  const environmentId = await createEnvironment(stack, `${prefix}-env`);
  const applicationId = data(await stack.gql(CREATE_APPLICATION, { n: `${prefix}-app` })).createApplication.id;
  const componentId = data(await stack.gql(CREATE_COMPONENT, { a: applicationId, in: { name: `${prefix}-svc`, runtime: 'Java8', ...component } })).createComponent.id;
  return { environmentId, applicationId, componentId };
}
