/**
 * Read-your-writes over a registry whose reads lag its writes (service-center answers from a cache up to
 * seconds behind, registry-behaviour.md "Consistency"). What the gateway wrote to an instance is kept,
 * per credentials, until the registry's own answer shows it (or `ttlMs` passes), and laid over what
 * the registry answers: a mutation's answer, and the reads right after it, show the write.
 *
 * Kept per Session.key (a hash of the credentials), so one caller's writes never show in another's answers.
 */
import type { MicroserviceInstanceModel } from './models.js';

/** What a write did to one instance. */
export type InstanceWrite =
  | { kind: 'registered'; instance: MicroserviceInstanceModel; service: { appId: string; serviceName: string; environment: string } }
  | { kind: 'changed'; fields: Pick<Partial<MicroserviceInstanceModel>, 'status' | 'properties'> }
  | { kind: 'gone' };

interface Held {
  write: InstanceWrite;
  at: number;
}

const keyOf = (serviceId: string, instanceId: string) => `${serviceId}\u0000${instanceId}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** Whether the registry's record already shows the write (then it is forgotten). */
function shows(record: MicroserviceInstanceModel, write: InstanceWrite): boolean {
  if (write.kind === 'registered') return true;
  if (write.kind === 'gone') return false;
  return (write.fields.status === undefined || record.status === write.fields.status) && (write.fields.properties === undefined || same(record.properties, write.fields.properties));
}

/** One caller's recent writes. */
export class SessionWrites {
  readonly #held = new Map<string, Held>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.#held.size;
  }

  note(serviceId: string, instanceId: string, write: InstanceWrite): void {
    const k = keyOf(serviceId, instanceId);
    const before = this.#live(k);
    // A change on top of a registration the registry does not show yet is part of that registration.
    if (write.kind === 'changed' && before?.write.kind === 'registered') {
      this.#held.set(k, { write: { ...before.write, instance: { ...before.write.instance, ...write.fields } }, at: this.now() });
      return;
    }
    if (write.kind === 'changed' && before?.write.kind === 'changed') write = { kind: 'changed', fields: { ...before.write.fields, ...write.fields } };
    this.#held.set(k, { write, at: this.now() });
    if (this.#held.size > 1000) this.prune();
  }

  /** One instance as the caller should see it: the registry's record (or its absence) with recent writes laid over. */
  instance(serviceId: string, instanceId: string, record: MicroserviceInstanceModel | undefined): MicroserviceInstanceModel | undefined {
    const k = keyOf(serviceId, instanceId);
    const held = this.#live(k);
    if (!held) return record;
    const { write } = held;
    if (record && shows(record, write)) {
      this.#held.delete(k);
      return record;
    }
    if (write.kind === 'gone') {
      if (!record) this.#held.delete(k);
      return undefined;
    }
    if (write.kind === 'registered') return write.instance;
    return record ? { ...record, ...write.fields } : undefined;
  }

  /** A find's instances of one service key as the caller should see them. */
  instances(key: { appId: string; serviceName: string; environment?: string | undefined }, found: readonly MicroserviceInstanceModel[], matches: (i: MicroserviceInstanceModel) => boolean): MicroserviceInstanceModel[] {
    if (this.#held.size === 0) return [...found];
    const out: MicroserviceInstanceModel[] = [];
    const seen = new Set<string>();
    for (const r of found) {
      seen.add(keyOf(r.serviceId, r.instanceId));
      const shown = this.instance(r.serviceId, r.instanceId, r);
      if (shown) out.push(shown);
    }
    for (const [k, held] of this.#held) {
      if (seen.has(k) || held.write.kind !== 'registered' || !this.#fresh(held)) continue;
      const { service, instance } = held.write;
      if (service.appId === key.appId && service.serviceName === key.serviceName && service.environment === (key.environment ?? '') && matches(instance)) out.push(instance);
    }
    return out;
  }

  #fresh(held: Held): boolean {
    return this.now() - held.at <= this.ttlMs;
  }

  #live(k: string): Held | undefined {
    const held = this.#held.get(k);
    if (held && !this.#fresh(held)) {
      this.#held.delete(k);
      return undefined;
    }
    return held;
  }

  /** Drops what has outlived the TTL. */
  prune(): void {
    for (const [k, held] of this.#held) if (!this.#fresh(held)) this.#held.delete(k);
  }
}

/** Every caller's recent writes, in one process; callers that stop writing are forgotten. */
export class RecentWrites {
  readonly #sessions = new Map<string, SessionWrites>();

  constructor(
    readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  of(sessionKey: string): SessionWrites {
    let writes = this.#sessions.get(sessionKey);
    if (!writes) {
      for (const [k, w] of this.#sessions) {
        w.prune();
        if (w.size === 0) this.#sessions.delete(k);
      }
      writes = new SessionWrites(this.ttlMs, this.now);
      this.#sessions.set(sessionKey, writes);
    }
    return writes;
  }
}
