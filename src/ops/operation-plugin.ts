/** One structured log line and the metrics of every GraphQL operation, with the request id. */
import type { Plugin } from 'graphql-yoga';
import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';
import type { GatewayContext } from '../context.js';

/** Shapes an error as the client receives it (src/graph/mask-errors.ts). */
export type MaskError = (error: unknown, message: string) => Error;

/**
 * The codes of a result's errors as the client gets them. Plugins see results before yoga masks
 * them (an UpstreamError has no code yet), so they are shaped here by the same function.
 */
export function clientCodes(result: ExecutionResult, maskError: MaskError): string[] {
  return (result.errors ?? []).map((e) => {
    const code = (maskError(e, 'Unexpected error.') as GraphQLError).extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL';
  });
}

/** The series of one operation name, type and outcome, bound once (prom-client hashes a labels object on every call). */
interface OperationSeries {
  count: { inc(): void };
  seconds: { observe(value: number): void };
}

export function useOperationTelemetry(metrics: Metrics, logger: Logger, maskError: MaskError): Plugin<GatewayContext> {
  const codesOf = (result: ExecutionResult) => clientCodes(result, maskError);
  // Bounded: operationLabel keeps at most METRICS_MAX_OPERATIONS names, times 3 types and 3 outcomes.
  const series = new Map<string, OperationSeries>();
  const seriesOf = (operation: string, type: string, outcome: string): OperationSeries => {
    const key = `${operation}\n${type}\n${outcome}`;
    let found = series.get(key);
    if (!found) series.set(key, (found = { count: metrics.operations.labels(operation, type, outcome), seconds: metrics.operationSeconds.labels(operation, type) }));
    return found;
  };
  const logsOperations = () => logger.enabled?.('info') ?? true;
  return {
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      const operation = op?.name?.value ?? args.operationName ?? 'anonymous';
      const type = op?.operation ?? 'query';
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) && !('data' in result)) return; // a stream; counted per subscription below
          const r = result as ExecutionResult;
          const codes = codesOf(r);
          const outcome = codes.length === 0 ? 'ok' : r.data ? 'partial' : 'error';
          const seconds = (performance.now() - started) / 1000;
          const bound = seriesOf(metrics.operationLabel(operation), type, outcome);
          bound.count.inc();
          bound.seconds.observe(seconds);
          for (const code of codes) metrics.errors.inc({ code });
          if (logsOperations()) logger.info({ msg: 'operation', requestId: args.contextValue.requestId, operation, type, outcome, durationMs: Math.round(seconds * 1000), ...(codes.length && { errorCodes: codes }) });
        },
      };
    },
    onSubscribe({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      const operation = op?.name?.value ?? args.operationName ?? 'anonymous';
      return {
        onSubscribeResult({ result }) {
          const failed = 'errors' in result && result.errors?.length;
          metrics.operations.inc({ operation: metrics.operationLabel(operation), type: 'subscription', outcome: failed ? 'error' : 'ok' });
          if (failed) for (const code of codesOf(result as ExecutionResult)) metrics.errors.inc({ code });
          logger.info({ msg: 'subscription', requestId: args.contextValue.requestId, operation, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
