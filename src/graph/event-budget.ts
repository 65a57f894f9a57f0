/**
 * A subscription lives for hours; its budget (MAX_UPSTREAM_CALLS, OPERATION_TIMEOUT_MS) applies to
 * each execution of a source event, not to the whole stream. Every Subscription field's `resolve`,
 * which starts an event's execution, opens a fresh window first.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';

export function budgetPerSubscriptionEvent(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (payload, args, ctx: GatewayContext, info) => {
      ctx.budget?.restart();
      return resolve(payload, args, ctx, info);
    };
  }
  return schema;
}
