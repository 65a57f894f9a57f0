/** Shared by the mutation tests: a GraphQL answer's data, or its first error's code. */
import { expect } from 'vitest';
import type { Answered, GraphQLResponse } from '../support/gateway.js';

export function data<D = any>(res: GraphQLResponse<D>): Answered<D> {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as Answered<D>;
}

export function firstError(res: GraphQLResponse): { code: string | undefined; errorCode?: string; message: string } {
  const e = res.body.errors?.[0];
  expect(e, `expected an error, got ${JSON.stringify(res.body)}`).toBeDefined();
  return { code: e!.extensions?.code, errorCode: e!.extensions?.errorCode, message: e!.message };
}

export const DEPLOY = /* GraphQL */ `mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId instance { id status { status } } } }`;

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

/** An environment, an application and a component to deploy into, named after `prefix`. */
export async function createDeployTarget(
  stack: { gql: (q: string, v?: Record<string, unknown>) => Promise<GraphQLResponse> },
  prefix: string,
  component = '{category: COMMON}',
): Promise<{ environmentId: string; applicationId: string; componentId: string }> {
  const environmentId = data(
    await stack.gql('mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: `${prefix}-env`, vpcId: 'v', baseResources: [{ id: 'cce-1', type: 'cce' }] } }),
  ).createEnvironment.id as string;
  const applicationId = data(await stack.gql('mutation($n: String!) { createApplication(input: {name: $n}) { id } }', { n: `${prefix}-app` })).createApplication.id as string;
  const extra = component.replace(/^\{|\}$/g, '');
  const componentId = data(
    await stack.gql(`mutation($a: ID!, $n: String!) { createComponent(applicationId: $a, input: {name: $n, runtime: "Java8", ${extra}}) { id } }`, { a: applicationId, n: `${prefix}-svc` }),
  ).createComponent.id as string;
  return { environmentId, applicationId, componentId };
}
