import { describe, expect, it } from 'vitest';
import { OperationBudget, type BudgetClock } from '../../src/upstream/budget.js';

/** A clock that moves only when told, running what falls due. */
class ManualClock implements BudgetClock {
  at = 0;
  readonly #due = new Set<{ at: number; fn: () => void }>();
  now(): number {
    return this.at;
  }
  schedule(ms: number, fn: () => void): () => void {
    const entry = { at: this.at + ms, fn };
    this.#due.add(entry);
    return () => this.#due.delete(entry);
  }
  advance(ms: number): void {
    this.at += ms;
    for (const entry of [...this.#due]) {
      if (entry.at > this.at) continue;
      this.#due.delete(entry);
      entry.fn();
    }
  }
  get pending(): number {
    return this.#due.size;
  }
}

const settings = { maxCalls: 3, timeoutMs: 60_000 };

/** The budget cuts its calls in flight when the caller goes away or its time runs out, and refuses the calls still to come. */
describe('OperationBudget and its calls in flight', () => {
  it('refuses the next call once the caller went away, though no call was in flight', () => {
    const caller = new AbortController();
    const budget = new OperationBudget(settings, caller.signal);
    budget.take();
    caller.abort();
    expect(() => budget.take()).toThrow(/cancelled the operation/);
    expect(budget.calls).toBe(1);
    expect(budget.callerGone).toBe(true);
    // A call that starts after the departure is cut at once.
    let cut = 0;
    budget.onCut(() => cut++);
    expect(cut).toBe(1);
  });

  it('cuts each call in flight once when the caller goes away, and not the calls that ended', () => {
    const caller = new AbortController();
    const budget = new OperationBudget(settings, caller.signal);
    const cut: string[] = [];
    const calls = ['a', 'b', 'ended'].map((name) => () => void cut.push(name));
    for (const call of calls) budget.onCut(call);
    budget.offCut(calls[2]!);
    expect(budget.callerGone).toBe(false);
    caller.abort();
    caller.signal.dispatchEvent(new Event('abort'));
    expect(cut).toEqual(['a', 'b']);
  });

  it('cuts the calls in flight at its deadline with one timer, which goes with the last call', () => {
    const clock = new ManualClock();
    const budget = new OperationBudget(settings, undefined, clock);
    const cut: string[] = [];
    const calls = ['a', 'b'].map((name) => () => void cut.push(name));
    for (const call of calls) budget.onCut(call);
    expect(clock.pending).toBe(1);
    clock.advance(settings.timeoutMs - 1);
    expect(cut).toEqual([]);
    clock.advance(1);
    expect(cut).toEqual(['a', 'b']);
    expect(() => budget.take()).toThrow(/OPERATION_TIMEOUT_MS/);

    const next = new OperationBudget(settings, undefined, clock);
    for (const call of calls) next.onCut(call);
    for (const call of calls) next.offCut(call);
    expect(clock.pending).toBe(0);
  });

  it('gives calls still in flight the time of a new window', () => {
    const clock = new ManualClock();
    const budget = new OperationBudget(settings, undefined, clock);
    let cut = 0;
    budget.onCut(() => cut++);
    clock.advance(settings.timeoutMs / 2);
    budget.restart();
    clock.advance(settings.timeoutMs - 1);
    expect(cut).toBe(0);
    expect(clock.pending).toBe(1);
    clock.advance(1);
    expect(cut).toBe(1);
  });

  it('without a caller the operation is not bound to one', () => {
    const budget = new OperationBudget(settings);
    expect(budget.callerGone).toBe(false);
    expect(budget.boundToCaller).toBe(false);
    expect(new OperationBudget(settings, new AbortController().signal).boundToCaller).toBe(true);
  });

  it('still counts its calls against MAX_UPSTREAM_CALLS', () => {
    const budget = new OperationBudget(settings, new AbortController().signal);
    for (let i = 0; i < 3; i++) budget.take();
    expect(() => budget.take()).toThrow(/MAX_UPSTREAM_CALLS/);
  });
});
