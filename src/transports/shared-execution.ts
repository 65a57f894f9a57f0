/**
 * Subscriptions execute each event once per group of identical subscribers, not once per subscriber.
 *
 * Every subscriber still has its own source stream: its subscribe resolver checks it with its own
 * credentials (src/live/), so a subscriber whose check fails gets an error and joins nothing. What
 * is shared is the execution of an event against the document: subscribers of one topic are handed
 * the same event object, and those whose answer provably cannot differ get the same result object,
 * executed once with the context of whichever of them read it first. Their answer cannot differ when
 * they share (see `groupKeyOf`):
 * - the schema, the parsed document (yoga's parse cache hands out one per text), the operation name
 *   and the variables;
 * - the upstream credentials (the session's key names the token or service-account project), and
 *   what the gateway lets the caller do (kind, subject, role, write permission, projects): everything
 *   a resolver may read of who is asking.
 * A context bound to a caller's own request (HTTP streams, whose upstream calls stop when that
 * request goes away) is never shared: another subscriber's answer must not depend on it staying.
 *
 * Otherwise this is what yoga's engine does: its own answer for arguments that cannot run (invalid
 * variables: BAD_USER_INPUT), graphql-js's source stream and execution per event, with one small
 * iterator per subscriber in place of the executor's chain of mapped and flattened iterators.
 */
import { createSourceEventStream, execute, getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { buildExecutionContext, subscribe as engineSubscribe } from '@graphql-tools/executor';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { Caller } from '../auth/caller.js';
import type { ResultGroup, SharedResults } from '../live/shared-results.js';

const ids = new WeakMap<object, number>();
let lastId = 0;
/** A number per schema or parsed document, for group keys. */
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = ++lastId));
  return id;
}

/** Everything the gateway decides from who is asking. */
function callerFacts(c: Caller): unknown[] {
  return [c.kind, c.subject ?? null, c.role ?? null, c.mayWrite, c.projects === '*' ? '*' : [...c.projects].sort()];
}

/** The key of the subscribers this one's answers are identical to, or undefined when it shares with none. */
export function groupKeyOf(args: ExecutionArgs): string | undefined {
  const ctx = args.contextValue as Partial<GatewayContext> | undefined;
  if (!ctx?.session || !ctx.caller || !ctx.budget || ctx.budget.boundToCaller) return undefined;
  return JSON.stringify([idOf(args.schema), idOf(args.document), args.operationName ?? null, args.variableValues ?? null, ctx.session.key, callerFacts(ctx.caller)]);
}

/** One subscriber's results: its source stream's events, each executed (or taken from its group). */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  #group: ResultGroup | undefined;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly shared: SharedResults | undefined,
    group: ResultGroup | undefined,
  ) {
    this.#group = group;
  }

  /**
   * Not an async function: a subscriber waits here from one event to the next (a poll interval or
   * more), and what waits is kept by the collector's old generation; a reaction on the source's
   * promise is less of it than an async function's suspended frame and its own promise.
   */
  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then(this.#onStep, this.#onFailure);
  }

  readonly #onStep = (step: IteratorResult<unknown>): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
    if (step.done) {
      this.#release();
      return { done: true, value: undefined };
    }
    const event = step.value;
    const group = this.#group;
    const result = group && typeof event === 'object' && event !== null ? group.resultOf(event, this) : this.compute(event);
    // Executions of these documents are mostly synchronous: no extra turn for a result already there.
    return result instanceof Promise ? result.then((value) => ({ done: false, value })) : { done: false, value: result };
  };

  readonly #onFailure = (err: unknown): never => {
    this.#release();
    // As yoga's engine words a failing source: an error located at the operation.
    throw new GraphQLError((err as Error)?.message ?? String(err), { originalError: err as Error, nodes: getOperationAST(this.args.document, this.args.operationName) ?? undefined });
  };

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.#release();
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.#release();
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** This subscriber's own execution of an event (its group asks the first member only). */
  compute(event: unknown) {
    return execute({ ...this.args, rootValue: event });
  }

  #release(): void {
    if (this.#group) this.shared!.leave(this.#group);
    this.#group = undefined;
  }
}

async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  // Arguments that cannot run (invalid variables) get the engine's own answer.
  if (Array.isArray(buildExecutionContext(args))) return engineSubscribe(args) as Promise<ExecutionResult>;
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const key = groupKeyOf(args);
  const shared = (args.contextValue as Partial<GatewayContext>).live?.executions;
  const group = key !== undefined && shared ? shared.join(key) : undefined;
  return new EventResults(source[Symbol.asyncIterator](), args, shared, group);
}

/** Sets the subscribe function of every subscription operation (placed before plugins that wrap it, e.g. tracing). */
export function useSharedEventExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribeShared);
    },
  };
}
