/**
 * GRAPHQL_EXECUTOR: which executor runs an operation. `jit` compiles each document once with
 * graphql-jit (through @envelop/graphql-jit) and runs the compiled function on every later request;
 * `graphql-js` interprets the document each time. Under `jit`, an operation goes to graphql-js when:
 * - graphql-jit cannot compile it (it answers a compile error where graphql-js would run it);
 * - its document holds more than one operation: the envelop plugin keeps one compiled operation per
 *   document whatever the operationName, so a second name would run the first one's code;
 * - it is a subscription: the live streams (src/live/) are built and tested on graphql-js's subscribe.
 * The verdict is kept per parsed document, which yoga's parse cache hands out again for a repeated text.
 */
import { Kind, type DocumentNode, type ExecutionArgs, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';

export const EXECUTORS = ['jit', 'graphql-js'] as const;
export type Executor = (typeof EXECUTORS)[number];

/** The compiled operation's name (null when anonymous), or false: this document runs on graphql-js. */
type Verdict = { name: string | null } | false;

function judge(args: ExecutionArgs): Verdict {
  const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const only = operations.length === 1 ? operations[0]! : undefined;
  if (!only || only.operation === 'subscription') return false;
  return isCompiledQuery(compileQuery(args.schema, args.document, undefined)) ? { name: only.name?.value ?? null } : false;
}

/** Whether graphql-jit runs this execution; exported for the tests of the fallback. */
export function createJitGate(): (args: ExecutionArgs) => boolean {
  const verdicts = new WeakMap<DocumentNode, Verdict>();
  return (args) => {
    let verdict = verdicts.get(args.document);
    if (verdict === undefined) {
      verdict = judge(args);
      verdicts.set(args.document, verdict);
    }
    // A wrong operationName gets graphql-js's own answer ("Unknown operation named …").
    return verdict !== false && (args.operationName == null || args.operationName === verdict.name);
  };
}

/** The plugins that pick the executor (none for graphql-js, yoga's default). */
export function useExecutor(executor: Executor): Plugin[] {
  if (executor === 'graphql-js') return [];
  return [useGraphQlJit({}, { enableIf: createJitGate() }) as Plugin];
}
