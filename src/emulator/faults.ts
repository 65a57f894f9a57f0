/** Fault injection rules, matched per call (see FaultSpec in wire/emulator-control.ts). */
import { randomUUID } from 'node:crypto';
import type { Fault, FaultSpec } from '../wire/emulator-control.js';
import type { ApiKind } from './http/errors.js';

export class FaultStore {
  #faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: randomUUID(), hits: 0 };
    this.#faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((f) => f.id !== id);
    return this.#faults.length !== before;
  }

  clear(): void {
    this.#faults = [];
  }

  /** The faults that strike this call; each use counts against its `times`. */
  strike(api: ApiKind, method: string, route: string): Fault[] {
    if (api === 'control' || this.#faults.length === 0) return [];
    const struck: Fault[] = [];
    for (const f of this.#faults) {
      const m = f.match ?? {};
      if (m.api !== undefined && m.api !== api) continue;
      if (m.method !== undefined && m.method.toUpperCase() !== method) continue;
      if (m.route !== undefined && m.route !== route) continue;
      if (f.times !== undefined && f.hits >= f.times) continue;
      f.hits++;
      struck.push({ ...f });
    }
    this.#faults = this.#faults.filter((f) => f.times === undefined || f.hits < f.times);
    return struck;
  }
}
