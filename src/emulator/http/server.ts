/** The emulator's HTTP server: routing, call counting, faults, body parsing, authentication, error formatting. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import FindMyWay from 'find-my-way';
import type { EmulatorState } from '../state.js';
import type { Project } from '../tenancy.js';
import { EmulatorHttpError, failureFor, type ApiKind } from './errors.js';
import type { EmuRequest, EmuResponse, HttpMethod, RouteDef, RouteTable } from './routes.js';
import type { Fault } from '../../wire/emulator-control.js';
import { ownOrigins, refuseControlRequest } from './control-guard.js';
import { rbacTenant } from '../cse/rbac-routes.js';

/** Request bodies above this are refused (service-center's general limit, registry-behaviour.md). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

interface Matched {
  def: RouteDef;
  params: Record<string, string>;
}

function apiOfPath(path: string): ApiKind {
  if (path.startsWith('/v2/')) return 'cas';
  if (path.startsWith('/v4/')) return 'cse';
  if (path.startsWith('/v3/auth/')) return 'iam';
  if (path.startsWith('/v3/')) return 'config';
  return 'control';
}

export class EmulatorServer implements RouteTable {
  // find-my-way refuses path parameters over 100 characters by default; registry schema ids may have 160 (reference §5.7).
  readonly #router = FindMyWay({ ignoreTrailingSlash: true, caseSensitive: true, maxParamLength: 1000 });
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  /** Origins allowed on the control API; known once listening. */
  #ownOrigins = new Set<string>();

  constructor(private readonly state: EmulatorState) {
    this.#server = createServer({ keepAlive: true }, (req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        console.error('[emulator] unexpected failure:', err);
        if (!res.headersSent) this.#send(res, { status: 500, body: { error: 'emulator failure' } });
      });
    });
    this.#server.keepAliveTimeout = 65_000;
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  add(def: RouteDef): void {
    const path = def.path.replace(/\{(\w+)\}/g, ':$1');
    this.#router.on(def.method, path, () => undefined, { def });
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        const address = this.#server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        this.#ownOrigins = ownOrigins(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        resolve(bound);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
      this.#server.closeAllConnections();
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const found = this.#router.find(method as HttpMethod, url.pathname);
    const matched: Matched | undefined = found
      ? { def: (found.store as { def: RouteDef }).def, params: found.params as Record<string, string> }
      : undefined;
    const api = matched?.def.api ?? apiOfPath(url.pathname);
    if (api !== 'control') {
      this.state.calls.count(`${method} ${matched?.def.path ?? '(no such route)'}`);
    }
    if (!matched) {
      const err = failureFor(api, 404, `No route for ${method} ${url.pathname}.`);
      return this.#send(res, { status: err.status, body: err.body });
    }
    const { def } = matched;
    if (api === 'control') {
      const refused = refuseControlRequest(req, this.#ownOrigins);
      if (refused) {
        req.resume();
        return this.#send(res, { status: refused.status, body: refused.body });
      }
    }
    const faults = this.state.faults.strike(api, method, def.path);
    const before = faults.filter((f) => (f.phase ?? 'before') === 'before');
    const after = faults.filter((f) => f.phase === 'after');

    if (await this.#applyFaults(before, api, req, res)) return;

    let response: EmuResponse;
    try {
      const body = await readJsonBody(req, api);
      const tenant = !def.public && (api === 'cas' || api === 'cse' || api === 'config') ? this.#authenticate(req, api, matched.params) : undefined;
      const emuReq: EmuRequest = {
        method: method as HttpMethod,
        route: def.path,
        api,
        params: matched.params,
        query: url.searchParams,
        headers: req.headers,
        body,
        get tenant(): Project {
          if (!tenant) throw new Error(`route ${def.path} is not authenticated and has no tenant`);
          return tenant;
        },
      };
      response = await def.handler(emuReq);
    } catch (err) {
      if (!(err instanceof EmulatorHttpError)) throw err;
      response = { status: err.status, body: err.body };
    }

    if (await this.#applyFaults(after, api, req, res)) return;
    this.#send(res, response);
    if (api !== 'control') {
      const body = response.body as { error_code?: unknown; errorCode?: unknown; error_msg?: unknown; errorMessage?: unknown; detail?: unknown } | undefined;
      const failed = response.status >= 400;
      const errorCode = failed ? String(body?.error_code ?? body?.errorCode ?? '') || undefined : undefined;
      const message = failed ? [body?.error_msg ?? body?.errorMessage, body?.detail].filter((x) => typeof x === 'string' && x).join(' ') : undefined;
      this.state.calls.record({ route: `${method} ${def.path}`, requestId: headerValue(req.headers['x-request-id']), traceparent: headerValue(req.headers.traceparent), status: response.status, errorCode, ...(message && { message }) });
    }
  }

  /** Returns true when a fault answered (or withheld) the response. */
  async #applyFaults(faults: Fault[], api: ApiKind, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    for (const f of faults) {
      if (f.latencyMs) await new Promise((r) => setTimeout(r, f.latencyMs));
    }
    for (const f of faults) {
      if (f.drop) {
        req.socket.destroy();
        return true;
      }
      if (f.hang) {
        // Never answer; the connection is closed by the client's deadline or by stop().
        req.resume();
        return true;
      }
      if (f.body === 'malformed') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"truncated": ');
        return true;
      }
      if (f.body === 'empty') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '0' }).end();
        return true;
      }
      if (f.status !== undefined && Math.random() < (f.errorRate ?? 1)) {
        req.resume();
        const err = failureFor(api, f.status, 'Injected by the emulator.');
        this.#send(res, { status: err.status, body: err.body });
        return true;
      }
    }
    return false;
  }

  #authenticate(req: IncomingMessage, api: 'cas' | 'cse' | 'config', params: Record<string, string>): Project {
    if (api === 'cse' && this.state.settings.cseAuth === 'rbac') return rbacTenant(this.state, req, params);
    const check = this.state.tokens.check(headerValue(req.headers['x-auth-token']));
    if (!check.ok) throw failureFor(api, 401, check.reason);
    const { project } = check.grant;
    const pathProject = params.project_id;
    // CAS paths carry the project id; CSE and config paths carry the fixed value "default" (reference §5),
    // the tenant then being the token's project.
    const allowed = api === 'cas' ? pathProject === project.id : pathProject === 'default' || pathProject === project.id;
    if (!allowed) {
      throw failureFor(api, 401, `the token is scoped to project ${project.id} (${project.name}), not to ${pathProject}.`);
    }
    return project;
  }

  #send(res: ServerResponse, response: EmuResponse): void {
    const headers: Record<string, string> = { ...response.headers };
    if (response.status === 204 || response.status === 304 || response.body === undefined) {
      res.writeHead(response.status, headers).end();
      return;
    }
    const payload = JSON.stringify(response.body);
    headers['Content-Type'] = 'application/json;charset=UTF-8';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
    res.writeHead(response.status, headers).end(payload);
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

async function readJsonBody(req: IncomingMessage, api: ApiKind): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw failureFor(api, 413, `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw failureFor(api, 400, 'The request body is not valid JSON.');
  }
}
