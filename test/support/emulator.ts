/** Test helpers: an in-process emulator on a free port, a login, and a plain HTTP call that returns what came back. */
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when it is not JSON, or undefined when empty. */
  body: T;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's raw JSON; a test that reads a wire shape names it (call<InstanceList>, src/wire)
export async function call<T = any>(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['X-Auth-Token'] = options.token;
  let payload: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(baseUrl + path, { method, headers, body: payload });
  const text = await res.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

export async function login(baseUrl: string, projectName: string = PROJECTS[0]!.name): Promise<string> {
  const res = await call(baseUrl, 'POST', '/v3/auth/tokens', {
    body: {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: DEMO_USER.name, password: DEMO_USER.password, domain: { name: DEMO_DOMAIN.name } } },
        },
        scope: { project: { name: projectName } },
      },
    },
  });
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || !token) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return token;
}

export interface TestEmulator {
  emulator: RunningEmulator;
  url: string;
  /** Project ids: [main, second]. */
  projects: readonly { id: string; name: string }[];
  /** A token for the first project (main) and one for the second. */
  token: string;
  otherToken: string;
  /** Calls with the main project's token unless another is given; the body typed as `T` (a src/wire shape), loosely by default. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as call() above
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<CallResult<T>>;
  /** Advances emulator time. */
  advance(ms: number): Promise<void>;
  reset(demo: boolean): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, demo: false, ...options });
  const url = emulator.url;
  const token = await login(url, PROJECTS[0]!.name);
  const otherToken = await login(url, PROJECTS[1]!.name);
  return {
    emulator,
    url,
    projects: PROJECTS,
    token,
    otherToken,
    call: (method, path, opts = {}) => call(url, method, path, { token, ...opts }),
    advance: async (ms) => {
      const res = await call(url, 'POST', '/__emulator/clock/advance', { body: { ms } });
      if (res.status !== 200) throw new Error(`advance failed: ${res.status}`);
    },
    reset: async (demo) => {
      const res = await call(url, 'POST', '/__emulator/reset', { body: { demo } });
      if (res.status !== 204) throw new Error(`reset failed: ${res.status}`);
    },
    stop: () => emulator.stop(),
  };
}
