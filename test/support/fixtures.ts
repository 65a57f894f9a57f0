/**
 * The stacks tests run against, as vitest fixtures (`test.extend`): a test names what it needs
 * (`async ({ stack }) => …`, `({ emu })`, `({ redis })`, `({ ws })`) and gets it started for it.
 *
 * Each is started once per options object, for the first test that asks for it, and shared by the
 * tests after it; all are stopped after the file's last test (the file-scoped `resources`). A suite
 * that needs other settings says so with `test.override('stackOptions', {…})` (or `emulatorOptions`,
 * `redisOptions`), inside its `describe`; its tests then share a stack of their own. An override must
 * be called on the same `test` the suite's tests use (a file that extends `test` overrides on its own).
 */
import { test as base } from 'vitest';
import type { Client as WsClient } from 'graphql-ws';
import { startTestEmulator, type TestEmulator } from './emulator.js';
import { startStack, type StackOptions, type TestStack } from './gateway.js';
import { wsClient } from './live.js';
import { startRedis, type RedisOptions, type RedisServer } from './redis.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';

/** What a test file started, by what it was started for; stopped last-started first. */
export class Resources {
  readonly #started = new Map<string, WeakMap<object, Promise<unknown>>>();
  readonly #stops: (() => Promise<void>)[] = [];

  /** The one `kind` started for `key` (an options object, or the resource it belongs to), starting it on first use. */
  get<T>(kind: string, key: object, start: () => Promise<T>, stop: (resource: T) => Promise<void>): Promise<T> {
    let byKey = this.#started.get(kind);
    if (!byKey) this.#started.set(kind, (byKey = new WeakMap()));
    const known = byKey.get(key) as Promise<T> | undefined;
    if (known) return known;
    const started = start().then((resource) => {
      this.#stops.push(() => stop(resource));
      return resource;
    });
    byKey.set(key, started);
    return started;
  }

  async stopAll(): Promise<void> {
    const errors: unknown[] = [];
    for (const stop of this.#stops.splice(0).reverse()) await stop().catch((err: unknown) => errors.push(err));
    if (errors.length > 0) throw new AggregateError(errors, 'stopping what the test file started failed');
  }
}

const DEFAULT_EMULATOR: EmulatorOptions = {};
const DEFAULT_STACK: StackOptions = {};
const DEFAULT_REDIS: RedisOptions = {};

export const test = base
  // eslint-disable-next-line no-empty-pattern -- vitest reads what a fixture needs from this pattern: nothing.
  .extend('resources', { scope: 'file' }, ({}, { onCleanup }) => {
    const resources = new Resources();
    onCleanup(() => resources.stopAll());
    return resources;
  })
  /** An emulator alone (no demo data unless asked), for tests of the upstream APIs themselves. */
  .extend('emulatorOptions', DEFAULT_EMULATOR)
  .extend('emu', ({ resources, emulatorOptions }): Promise<TestEmulator> =>
    resources.get('emulator', emulatorOptions, () => startTestEmulator(emulatorOptions), (emu) => emu.stop()),
  )
  /** The emulator (demo data unless asked otherwise) and a gateway in front of it, in this process. */
  .extend('stackOptions', DEFAULT_STACK)
  .extend('stack', ({ resources, stackOptions }): Promise<TestStack> =>
    resources.get('stack', stackOptions, () => startStack(stackOptions), (stack) => stack.stop()),
  )
  /** A graphql-ws client of the stack with the main project's token, shared like the stack. */
  .extend('ws', ({ resources, stack }): Promise<WsClient> =>
    resources.get('ws', stack, () => Promise.resolve(wsClient(stack)), (client) => client.dispose() as Promise<void>),
  )
  /** A redis-server of the file's own on a free port. */
  .extend('redisOptions', DEFAULT_REDIS)
  .extend('redis', ({ resources, redisOptions }): Promise<RedisServer> =>
    resources.get('redis', redisOptions, () => startRedis(redisOptions), (redis) => redis.stop()),
  );

export const it = test;

/**
 * A value derived once from a shared resource (a scene created in the stack, a login), for a
 * fixture of the file's own: `test.extend('scene', ({ stack }) => scene(stack))`.
 */
export function once<K extends object, T>(make: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const made = new WeakMap<K, Promise<T>>();
  return (key) => {
    let value = made.get(key);
    if (!value) made.set(key, (value = make(key)));
    return value;
  };
}
