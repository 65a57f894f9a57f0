/** The executable schema: schema.graphql (the contract) with the typed resolvers. */
import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/index.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

export function buildSchema(): GraphQLSchema {
  return createSchema({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers: resolvers as never });
}
