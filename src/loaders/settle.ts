/** DataLoader batch helpers: a result or an Error in every key's slot, in key order. */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

export function settleEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  return Promise.all(keys.map((key) => load(key).catch(asError)));
}

/** Runs `fn` once per request and shares its promise (a request-scoped memo). */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= fn());
}
