/**
 * A subscription lives no longer than the token that opened it. Queries and mutations check the token
 * when they arrive; a subscription can run for hours, so one opened with a JWT ends at the token's expiry
 * (plus the clock tolerance the verifier allows) with an UNAUTHENTICATED event, on every transport
 * (HTTP SSE, graphql-sse and graphql-ws all subscribe through yoga's envelop). A caller's own IAM token is
 * the upstream's to judge: the gateway does not know its expiry.
 */
import { Repeater } from '@repeaterjs/repeater';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { realTimer, type LiveTimer } from '../live/timer.js';
import { unauthenticated } from './caller.js';

/** setTimeout's longest delay (about 24.8 days); a later expiry is waited for in steps. */
const LONGEST_DELAY_MS = 2 ** 31 - 1;

/** Runs `fn` at `at` (epoch ms), however far away; the returned function cancels it. */
function scheduleAt(timer: LiveTimer, at: number, fn: () => void): () => void {
  let cancel = () => {};
  const step = () => {
    const wait = at - Date.now();
    if (wait <= 0) fn();
    else if (wait > LONGEST_DELAY_MS) cancel = timer.schedule(LONGEST_DELAY_MS, step);
    else cancel = timer.schedule(wait, fn);
  };
  step();
  return () => cancel();
}

function expired(): ExecutionResult {
  return { data: null, errors: [unauthenticated('The bearer token has expired, which ends this subscription: subscribe again with a new token from your identity provider.')] };
}

/** `source`'s events until `at`, then one UNAUTHENTICATED event; the source is returned (its streams released) either way. */
function until(source: AsyncIterable<ExecutionResult>, at: number, timer: LiveTimer): Repeater<ExecutionResult> {
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const cancel = scheduleAt(timer, at, () => {
      void push(expired());
      stop();
    });
    const stopped = stop.then(() => ({ done: true, value: undefined }) as const);
    try {
      for (;;) {
        const step = await Promise.race([iterator.next(), stopped]);
        if (step.done) break;
        await push(step.value);
      }
    } finally {
      cancel();
      stop();
      await iterator.return?.();
    }
  });
}

export function useSubscriptionsEndAtTokenExpiry(timer: LiveTimer = realTimer): Plugin<GatewayContext> {
  return {
    onSubscribe({ args }) {
      const expiresAt = args.contextValue.caller.expiresAt;
      if (expiresAt === undefined) return undefined;
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(until(result, expiresAt, timer));
        },
      };
    },
  };
}
