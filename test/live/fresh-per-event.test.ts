import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { data } from '../support/gateway.js';
import { dataOf, wsSubscribe } from '../support/live.js';
import { graphql } from '../generated/gql.js';

const WATCH = graphql(`subscription FreshPerEventChanges($id: ID) {
  microserviceInstanceChanges(microserviceId: $id) { type instance { hostName status microservice { properties } } }
}`);

/**
 * A subscription runs for hours on one context; each event's nested fields are read as they are when
 * the event is told, not from what the subscription's loaders read for an earlier event.
 */
describe('nested fields of subscription events', () => {
  test.override('stackOptions', { demo: false, env: { REGISTRY_POLL_INTERVAL_MS: '20' } });

  test("should answer the service's properties as they are at each event", async ({ stack, ws }) => {
    const svc = data(
      await stack.gql(graphql(`mutation FreshPerEventCreateMicroservice { createMicroservice(input: {appId: "fresh", serviceName: "watched", version: "1.0.0", properties: {tier: "bronze"}, instances: [{hostName: "f-1", endpoints: ["rest:10.0.0.1:80"]}]}) { id instances { id } } }`)),
    ).createMicroservice;
    const stream = wsSubscribe(ws, WATCH, { id: svc.id });
    const first = dataOf((await stream.at(0))!).microserviceInstanceChanges;
    expect(first).toMatchObject({ type: 'CURRENT', instance: { microservice: { properties: { tier: 'bronze' } } } });

    data(await stack.gql(graphql(`mutation FreshPerEventUpdateProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {tier: "gold"}) { id } }`), { id: svc.id }));
    data(await stack.gql(graphql(`mutation FreshPerEventInstanceDown($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }`), { id: svc.instances[0]!.id }));
    const second = dataOf((await stream.at(1))!).microserviceInstanceChanges;
    expect(second).toMatchObject({ type: 'STATUS_CHANGED', instance: { status: 'DOWN', microservice: { properties: { tier: 'gold' } } } });
    stream.close();
  });
});
