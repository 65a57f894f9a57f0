/** A JSON-over-HTTP client on an undici pool: lighter than fetch, so the client adds little to what is timed. */
import { Pool } from 'undici';

export interface JsonAnswer<T> {
  status: number;
  body: T;
}

export class JsonClient {
  readonly #pool: Pool;

  constructor(origin: string, connections = 64) {
    this.#pool = new Pool(origin, { connections, pipelining: 1 });
  }

  async request<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<JsonAnswer<T>> {
    const hasBody = options.body !== undefined;
    const res = await this.#pool.request({
      method,
      path,
      headers: { ...(hasBody && { 'content-type': 'application/json' }), ...options.headers },
      body: hasBody ? JSON.stringify(options.body) : undefined,
    });
    const text = await res.body.text();
    return { status: res.statusCode, body: (text === '' ? undefined : JSON.parse(text)) as T };
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
