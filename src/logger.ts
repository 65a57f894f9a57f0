/**
 * One JSON line per event on stderr. Errors a caller caused (an upstream 4xx, bad input) are not
 * the operator's problem: they are logged at debug; upstream outages at warn; the rest at error.
 */
import { GraphQLError } from 'graphql';
import { LocalRequestError, UpstreamError } from './upstream/errors.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  /** Whether a line of this level would be written: a line per operation is not even built when not. */
  enabled?(level: Level): boolean;
}

function describe(arg: unknown): unknown {
  if (arg instanceof UpstreamError) {
    return { error: arg.message, kind: arg.kind, api: arg.api, route: `${arg.method} ${arg.route}`, status: arg.status, errorCode: arg.upstreamCode };
  }
  if (arg instanceof Error) return { error: arg.message, name: arg.name, stack: arg.stack };
  return arg;
}

/** The level an error deserves, by what it is. */
function levelOf(arg: unknown): Level {
  const original = arg instanceof GraphQLError ? (arg.originalError ?? arg) : arg;
  if (original instanceof UpstreamError) {
    if (original.kind === 'HTTP' && original.status !== undefined && original.status < 500 && original.status !== 429) return 'debug';
    return 'warn';
  }
  // Refused before it left the gateway (bad id, bad credential, the operation's budget): the caller's doing.
  if (original instanceof GraphQLError || original instanceof LocalRequestError) return 'debug';
  return 'error';
}

export function createLogger(minimum: Level = (process.env.LOG_LEVEL as Level | undefined) ?? 'info'): Logger {
  const floor = ORDER[minimum] ?? ORDER.info;
  const write = (level: Level, args: unknown[]) => {
    if (ORDER[level] < floor) return;
    const [first, ...rest] = args;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level };
    if (typeof first === 'string') entry.msg = first;
    else Object.assign(entry, { msg: first instanceof UpstreamError ? 'upstream call failed' : first instanceof Error ? 'unexpected error' : 'event' }, describe(first) as object);
    if (rest.length) entry.details = rest.map(describe);
    process.stderr.write(`${JSON.stringify(entry)}\n`);
  };
  return {
    enabled: (level) => ORDER[level] >= floor,
    debug: (...a) => write('debug', a),
    info: (...a) => write('info', a),
    warn: (...a) => write('warn', a),
    // Yoga hands every masked error to error(); it is sorted by what it is.
    error: (...a) => write(a.length === 1 ? levelOf(a[0]) : 'error', a.map((x) => (x instanceof GraphQLError && x.originalError ? x.originalError : x))),
  };
}
