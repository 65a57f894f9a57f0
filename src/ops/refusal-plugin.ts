/**
 * Finds the HTTP requests yoga answered without running an operation (CSRF, unreadable params, no
 * credentials, an operation it cannot pick, a document that fails parsing, limits or validation)
 * and hands each to Refusals once. A request that reached execution is an operation, logged and
 * counted by the operation telemetry instead.
 */
import type { Plugin } from 'graphql-yoga';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { callerRequestId, reasonOf, reasonOfStatus, type Refusals } from './refusals.js';

function errorsOf(result: unknown): GraphQLError[] | undefined {
  const results = Array.isArray(result) ? (result as ExecutionResult[]) : [result as ExecutionResult];
  // A result with data ran; an async iterable (a stream) ran too.
  const refused = results.filter((r) => r && typeof r === 'object' && !('data' in r) && Array.isArray(r.errors) && r.errors.length > 0);
  return refused.length ? refused.flatMap((r) => [...(r.errors ?? [])]) : undefined;
}

export interface RefusalTelemetry {
  plugin: Plugin;
  /** An answer sent without yoga's result hooks (src/http/plain-posts.ts): recorded as onResponse would. */
  answered(request: Request, result: unknown, status: number): void;
}

export function useRefusalTelemetry(refusals: Refusals): RefusalTelemetry {
  const ran = new WeakSet<Request>();
  const answered = new WeakMap<Request, GraphQLError[]>();
  const markRan = (context: unknown) => {
    const request = (context as { request?: Request } | undefined)?.request;
    if (request) ran.add(request);
  };
  // Recorded with the status the client got; also what never became a GraphQL result (a 415, a path yoga does not serve).
  const record = (request: Request, errors: GraphQLError[] | undefined, status: number) => {
    if (ran.has(request)) return;
    if (!errors && status < 400) return;
    refusals.refuse(errors ? reasonOf(errors, status) : reasonOfStatus(status), {
      transport: 'http',
      status,
      method: request.method,
      path: new URL(request.url, 'http://gateway').pathname,
      requestId: callerRequestId(request.headers.get('x-request-id')),
      message: errors?.[0]?.message,
    });
  };
  return {
    plugin: {
      onExecute: ({ args }) => markRan(args.contextValue),
      onSubscribe: ({ args }) => markRan(args.contextValue),
      onResultProcess: ({ request, result }) => {
        const errors = errorsOf(result);
        if (errors) answered.set(request, errors);
      },
      onResponse: ({ request, response }) => record(request, answered.get(request), response.status),
    },
    answered: (request, result, status) => record(request, errorsOf(result), status),
  };
}
