/**
 * Once an operation has used up MAX_UPSTREAM_CALLS or OPERATION_TIMEOUT_MS, every field still to
 * load fails the same way: thousands of copies of one message would make the answer the largest
 * thing the attack produced. The first error of each limit is kept, with how many were left out.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { LocalRequestError } from '../upstream/errors.js';

const limitOf = (error: GraphQLError): string | undefined => {
  const original = error.originalError;
  return original instanceof LocalRequestError && (original.reason === 'budget' || original.reason === 'deadline') ? original.reason : undefined;
};

export function collapseLimitErrors(result: ExecutionResult): ExecutionResult | undefined {
  const errors = result.errors;
  if (!errors || errors.length < 2) return undefined;
  const kept: GraphQLError[] = [];
  const first = new Map<string, { index: number; omitted: number }>();
  for (const error of errors) {
    const limit = limitOf(error);
    const seen = limit ? first.get(limit) : undefined;
    if (seen) {
      seen.omitted++;
      continue;
    }
    if (limit) first.set(limit, { index: kept.length, omitted: 0 });
    kept.push(error);
  }
  if (kept.length === errors.length) return undefined;
  for (const { index, omitted } of first.values()) {
    const e = kept[index]!;
    if (omitted === 0) continue;
    kept[index] = new GraphQLError(`${e.message} (${omitted} more fields failed the same way.)`, {
      nodes: e.nodes,
      path: e.path,
      originalError: e.originalError,
      extensions: { ...e.extensions, omittedErrors: omitted },
    });
  }
  return { ...result, errors: kept };
}

export function useOneErrorPerLimit(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          const collapsed = collapseLimitErrors(result);
          if (collapsed) setResult(collapsed);
        }),
    }),
  };
}
