/**
 * Consecutive writes to one registry instance through this gateway are sent one after another, each
 * when the one before it has been answered, so the registry applies them in the order they came
 * (two concurrent PUTs to one instance may otherwise overtake each other on the way).
 */
const tails = new Map<string, Promise<unknown>>();

export async function inOrder<T>(key: string, write: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const run = before.then(write, write);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

export const instanceWriteKey = (serviceId: string, instanceId: string) => `${serviceId}/${instanceId}`;
