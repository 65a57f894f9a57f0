/**
 * A subscription lives for hours on one context. Each execution of a source event is a request of its
 * own: its budget (MAX_UPSTREAM_CALLS, OPERATION_TIMEOUT_MS) applies to that event, not to the whole
 * stream, and its nested fields are read afresh, not from what an event minutes ago loaded (a
 * subscription's loaders would otherwise answer an instance's status as it was at the first event).
 * Every Subscription field's `resolve`, which starts an event's execution, opens a fresh window and
 * drops the loaders' answers first.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';

export function budgetPerSubscriptionEvent(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (payload, args, ctx: GatewayContext, info) => {
      ctx.budget?.restart();
      ctx.loaders?.forget?.();
      return resolve(payload, args, ctx, info);
    };
  }
  return schema;
}
