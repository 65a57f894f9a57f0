/**
 * Concurrent identical reads share one upstream call: the same credentials (session key) and the
 * same read (method, URL and body). Nothing is kept once the answer arrives, so sharing never serves stale data, and reads
 * of different credentials never share (a session key identifies its credentials). Writes never share.
 */
import { util as undiciUtil } from 'undici';
import type { UpstreamResponse } from './http.js';

/**
 * What an answer was as it arrived, kept on the response while it lives: a caller that joined another's
 * read gets its own copy by parsing the text and the raw headers again. That is several times cheaper
 * than structuredClone of the parsed answer (a tenth of the gateway's CPU in the throughput benchmark's
 * dashboards), is paid only by a caller that joined, and is untouched by whatever the first caller did to
 * its own copy in the meantime.
 */
export interface Arrival {
  text: string;
  rawHeaders: readonly Buffer[];
}

/**
 * An answer no change of another caller's can reach: its own body, its own headers. The headers are
 * parsed when first read: most callers read only the body.
 */
class JoinedAnswer<T> implements UpstreamResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly arrival: Arrival;
  #headers: UpstreamResponse<T>['headers'] | undefined;
  constructor(status: number, arrival: Arrival) {
    this.status = status;
    this.arrival = arrival;
    this.body = JSON.parse(arrival.text) as T;
  }
  get headers(): UpstreamResponse<T>['headers'] {
    // undici's parse defines each name as data, so a header named __proto__ stays a header.
    return (this.#headers ??= undiciUtil.parseHeaders(this.arrival.rawHeaders as Buffer[]));
  }
}

function copyOf<T>(response: UpstreamResponse<T>): UpstreamResponse<T> {
  const { arrival } = response;
  return arrival ? new JoinedAnswer<T>(response.status, arrival) : structuredClone(response);
}

export class SharedReads {
  readonly #inFlight = new Map<string, Promise<UpstreamResponse<unknown>>>();
  #shared = 0;

  /** Calls that joined another's call instead of going upstream (for tests and the benchmark). */
  get sharedCount(): number {
    return this.#shared;
  }

  run<T>(key: string, call: () => Promise<UpstreamResponse<T>>): Promise<UpstreamResponse<T>> {
    const running = this.#inFlight.get(key) as Promise<UpstreamResponse<T>> | undefined;
    if (running) {
      this.#shared++;
      // Each caller gets its own copy: no caller's later change to an answer can show in another's.
      return running.then(copyOf);
    }
    const started = call();
    this.#inFlight.set(key, started);
    const forget = () => {
      if (this.#inFlight.get(key) === started) this.#inFlight.delete(key);
    };
    started.then(forget, forget);
    return started;
  }
}
