/** The executable schema: schema.graphql (the contract) with the resolvers typed by codegen from it. */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/index.js';
import { budgetPerSubscriptionEvent } from './event-budget.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

export function buildSchema(): GraphQLSchema {
  return budgetPerSubscriptionEvent(makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers }));
}
