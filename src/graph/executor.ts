/**
 * GRAPHQL_EXECUTOR: which executor runs an operation. `jit` compiles each document once with
 * graphql-jit (through @envelop/graphql-jit) and runs the compiled function on every later request;
 * `graphql-js` interprets the document each time. Under `jit`, an operation goes to graphql-js when:
 * - graphql-jit cannot compile it (it answers a compile error where graphql-js would run it);
 * - its document holds more than one operation: the envelop plugin keeps one compiled operation per
 *   document whatever the operationName, so a second name would run the first one's code;
 * - it is a subscription: the live streams (src/live/) are built and tested on graphql-js's subscribe.
 * A document is compiled on its second execution, not its first: a flood of one-off documents costs
 * what it costs on graphql-js (a compile takes about twice a validation). The standing is kept per parsed
 * document, which yoga's parse cache hands out again for a repeated text; the compiled code is handed to
 * the envelop plugin through its cache, so each document is compiled once.
 */
import { Kind, type DocumentNode, type ExecutionArgs, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';

export const EXECUTORS = ['jit', 'graphql-js'] as const;
export type Executor = (typeof EXECUTORS)[number];

/** Executions a document has before it is compiled: a one-off document never pays for a compile. */
const RUNS_BEFORE_COMPILE = 1;
/** Compiled documents kept by text, as many as yoga's parse cache keeps parsed ones. */
const MAX_COMPILED = 1024;

/** A document's standing: runs on graphql-js so far, compiled (under its operation's name), or never compiled. */
type Standing = { runs: number } | { name: string | null } | false;

type JitEntry = CompiledQuery;

/**
 * The compiled code by document text, handed to @envelop/graphql-jit as its cache so that it runs what
 * the gate compiled instead of compiling again. Bounded: the oldest entry goes first.
 */
export class CompiledDocuments {
  readonly #byText = new Map<string, JitEntry>();
  get(text: string): JitEntry | undefined {
    return this.#byText.get(text);
  }
  set(text: string, entry: JitEntry): void {
    this.#byText.delete(text);
    this.#byText.set(text, entry);
    if (this.#byText.size > MAX_COMPILED) this.#byText.delete(this.#byText.keys().next().value!);
  }
}

function compile(args: ExecutionArgs, compiled: CompiledDocuments): Standing {
  const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const only = operations.length === 1 ? operations[0]! : undefined;
  if (!only || only.operation === 'subscription') return false;
  // The key @envelop/graphql-jit looks its cache up by: the text the document was parsed from.
  const text = args.document.loc?.source.body;
  const result = compileQuery(args.schema, args.document, undefined);
  if (!isCompiledQuery(result)) return false;
  if (text !== undefined) compiled.set(text, result);
  return { name: only.name?.value ?? null };
}

/** Whether graphql-jit runs this execution; exported for the tests of the fallback. */
export function createJitGate(compiled = new CompiledDocuments()): (args: ExecutionArgs) => boolean {
  const standings = new WeakMap<DocumentNode, Standing>();
  return (args) => {
    let standing = standings.get(args.document) ?? { runs: 0 };
    if (standing !== false && 'runs' in standing) {
      standing = standing.runs < RUNS_BEFORE_COMPILE ? { runs: standing.runs + 1 } : compile(args, compiled);
      standings.set(args.document, standing);
    }
    if (standing === false || 'runs' in standing) return false;
    // A wrong operationName gets graphql-js's own answer ("Unknown operation named …").
    return args.operationName == null || args.operationName === standing.name;
  };
}

/** The plugins that pick the executor (none for graphql-js, yoga's default). */
export function useExecutor(executor: Executor): Plugin[] {
  if (executor === 'graphql-js') return [];
  const compiled = new CompiledDocuments();
  return [useGraphQlJit({}, { enableIf: createJitGate(compiled), cache: compiled }) as Plugin];
}
