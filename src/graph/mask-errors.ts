/**
 * The one place errors are shaped for clients: upstream failures become coded GraphQL errors with
 * the upstream's details; our own GraphQL errors pass; anything else is masked in production.
 */
import { GraphQLError } from 'graphql';
import { LocalRequestError, UpstreamError } from '../upstream/errors.js';
import { localErrorExtensions, toGraphQLError } from './errors.js';

/** graphql-js's own errors for variables the caller sent wrong or left out carry no code. */
function isVariableError(error: GraphQLError): boolean {
  return error.extensions?.code === undefined && error.path === undefined && error.message.startsWith('Variable "$');
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

export function createMaskError(production: boolean) {
  return (error: unknown, message: string): Error => {
    const located = error instanceof GraphQLError ? error : undefined;
    const original = located?.originalError ?? error;
    if (original instanceof UpstreamError) {
      const coded = toGraphQLError(original);
      return new GraphQLError(coded.message, { nodes: located?.nodes, path: located?.path, originalError: original, extensions: coded.extensions });
    }
    if (original instanceof LocalRequestError) {
      // The located error may say more (how many copies of it were left out, src/graph/limit-errors.ts).
      return new GraphQLError(located?.message ?? original.message, {
        nodes: located?.nodes,
        path: located?.path,
        originalError: original,
        extensions: { ...located?.extensions, ...localErrorExtensions(original) },
      });
    }
    // Our own coded errors (and parse and validation errors) are answered as they are.
    if (original instanceof GraphQLError) return isVariableError(original) ? withCode(original, 'BAD_USER_INPUT') : (located ?? original);
    if (located && !located.originalError) return located;
    return new GraphQLError(production ? message : `Unexpected error: ${(original as Error)?.message ?? String(original)}`, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: { code: 'INTERNAL' },
    });
  };
}
