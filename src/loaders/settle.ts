/** DataLoader batch helpers: a result or an Error in every key's slot, in key order. */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

export function settleEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  return Promise.all(keys.map((key) => load(key).catch(asError)));
}

/** Runs `fn` once per request and shares its promise (a request-scoped memo); a write clears it. */
export interface Memo<T> {
  (): Promise<T>;
  clear(): void;
  /** Whether a value is held or on its way. */
  readonly held: boolean;
}

export function once<T>(fn: () => Promise<T>): Memo<T> {
  let promise: Promise<T> | undefined;
  const memo = (() => {
    if (!promise) {
      const p = fn();
      promise = p;
      // A failure is not kept: a later field of the same request may try again.
      p.catch(() => {
        if (promise === p) promise = undefined;
      });
    }
    return promise;
  }) as Memo<T>;
  memo.clear = () => (promise = undefined);
  Object.defineProperty(memo, 'held', { get: () => promise !== undefined });
  return memo;
}
