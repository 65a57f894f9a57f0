/**
 * A start that fails says so in one line naming the setting to change (the stack only with
 * LOG_LEVEL=debug): a port in use, the IAM's refusal of the service account, an unreachable upstream.
 */
import { UpstreamError } from '../upstream/errors.js';
import type { Readiness } from './readiness.js';

/** What a failure is explained with: which setting chose the port, and where IAM is. */
export interface StartupContext {
  /** The variable that chose the port being listened on (PORT, EMULATOR_PORT). */
  portVariable: string;
  host: string;
  port: number;
  /** IAM's URL, named by IAM_URL, or the embedded emulator's. */
  iamUrl?: string;
  embedded?: boolean;
  timeoutMs?: number;
}

export class StartupFailure extends Error {
  constructor(
    /** The one line an operator reads. */
    readonly line: string,
    cause: unknown,
  ) {
    super(line, { cause });
    this.name = 'StartupFailure';
  }
}

const SERVICE_ACCOUNT = 'IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME';

function listenLine(err: NodeJS.ErrnoException, c: StartupContext): string | undefined {
  // A cluster worker's port is bound by the primary: its error comes from 'bind'.
  if (err.syscall !== 'listen' && err.syscall !== 'bind') return undefined;
  const where = `${c.host}:${c.port}`;
  switch (err.code) {
    case 'EADDRINUSE':
      return `Port ${c.port} on ${c.host} is already in use (${c.portVariable}=${c.port}): stop what listens there, or set ${c.portVariable} to a free port (0 picks one).`;
    case 'EACCES':
      return `Listening on ${where} is not permitted (${c.portVariable}=${c.port}): ports below 1024 need privileges; set ${c.portVariable} to 1024 or above.`;
    case 'EADDRNOTAVAIL':
      return `${c.host} is not an address of this machine (HOST=${c.host}): set HOST to one of its addresses, 127.0.0.1 or 0.0.0.0.`;
    default:
      return `Cannot listen on ${where} (${err.code ?? err.message}): check ${c.portVariable} and HOST.`;
  }
}

/** Which settings an IAM refusal points at, by what IAM said. */
function accountSettings(err: UpstreamError): string {
  const said = `${err.upstreamMessage ?? ''}`;
  if (/project/i.test(said)) return 'check PROJECT_NAME (the project the token is scoped to)';
  if (/domain/i.test(said)) return 'check IAM_DOMAIN (the account name)';
  if (err.status === 401) return 'check IAM_USER, IAM_PASSWORD and IAM_DOMAIN';
  return `check ${SERVICE_ACCOUNT}`;
}

function iamLine(err: UpstreamError, c: StartupContext): string {
  const at = c.embedded ? `The embedded emulator's IAM (${c.iamUrl})` : `IAM at ${c.iamUrl} (IAM_URL)`;
  switch (err.kind) {
    case 'HTTP': {
      const answer = `${err.status}${err.upstreamCode && err.upstreamCode !== String(err.status) ? ` ${err.upstreamCode}` : ''}${err.upstreamMessage ? ` "${err.upstreamMessage}"` : ''}`;
      if (err.status !== undefined && (err.status >= 500 || err.status === 429)) {
        return `${at} failed the service account's login with ${answer}: try again later, or check IAM_URL.`;
      }
      return `${at} refused the service account's login with ${answer}: ${accountSettings(err)}.`;
    }
    case 'TIMEOUT':
      return `${at} did not answer the service account's login within ${c.timeoutMs ?? '?'} ms: check IAM_URL, or raise UPSTREAM_TIMEOUT_MS.`;
    case 'UNAVAILABLE':
      return `${at} cannot be reached (${err.upstreamMessage ?? 'connection failed'}): check IAM_URL and that this machine can reach it.`;
    case 'BAD_RESPONSE':
      return `${at} did not answer like IAM (${err.upstreamMessage ?? 'unreadable answer'}): check that IAM_URL is the IAM endpoint (https://iam.<region>.myhuaweicloud.com).`;
  }
}

/** The one line for a failed start; anything unforeseen keeps its own message. */
export function describeStartupFailure(err: unknown, context: StartupContext): string {
  if (err instanceof StartupFailure) return err.line;
  if (err instanceof UpstreamError && err.api === 'iam') return iamLine(err, context);
  if (err instanceof Error) {
    const line = listenLine(err as NodeJS.ErrnoException, context);
    if (line) return line;
  }
  return `Start-up failed: ${err instanceof Error ? err.message : String(err)}`;
}

/** Tags a failure with the context of the step that raised it, so main.ts can print it later. */
export function explained(context: StartupContext): (err: unknown) => never {
  return (err) => {
    throw new StartupFailure(describeStartupFailure(err, context), err);
  };
}

const URL_VARIABLES: Record<string, string> = { cas: 'CAS_URL', cse: 'CSE_URL' };

/**
 * An unreachable CAS or CSE does not stop the start (the gateway serves what it can, and /ready
 * answers 503 until both answer), but the start says which URL variable to check.
 */
export function unreachableUpstreamLines(readiness: Readiness, urls: Record<string, string>): string[] {
  return Object.entries(readiness.upstreams)
    .filter(([, u]) => !u.reachable)
    .map(([name, u]) => {
      const variable = URL_VARIABLES[name] ?? name;
      return `${variable} ${urls[name] ?? ''} cannot be reached (${u.detail ?? 'no answer'}): check ${variable}; /ready answers 503 until it answers.`;
    });
}
