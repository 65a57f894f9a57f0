/**
 * Concurrent identical reads share one upstream call: the same credentials (session key) and the
 * same read (method, URL and body). Nothing is kept once the answer arrives, so sharing never serves stale data, and reads
 * of different credentials never share (a session key identifies its credentials). Writes never share.
 */
import type { UpstreamResponse } from './http.js';

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
      return running.then((response) => structuredClone(response));
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
