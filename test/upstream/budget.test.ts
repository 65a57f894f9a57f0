import { describe, expect, it } from 'vitest';
import { OperationBudget } from '../../src/upstream/budget.js';

const settings = { maxCalls: 3, timeoutMs: 60_000 };

/** The budget's own abort signal is made on first use; the caller's departure counts before and after it. */
describe('OperationBudget and its caller', () => {
  it('refuses the next call once the caller went away, though no signal was handed out yet', () => {
    const caller = new AbortController();
    const budget = new OperationBudget(settings, caller.signal);
    budget.take();
    caller.abort();
    expect(() => budget.take()).toThrow(/cancelled the operation/);
    expect(budget.calls).toBe(1);
    // A signal asked for after the departure is already aborted.
    expect(budget.signal?.aborted).toBe(true);
  });

  it('aborts a signal handed out earlier when the caller goes away', () => {
    const caller = new AbortController();
    const budget = new OperationBudget(settings, caller.signal);
    const signal = budget.signal!;
    expect(budget.signal).toBe(signal);
    expect(signal.aborted).toBe(false);
    caller.abort();
    expect(signal.aborted).toBe(true);
  });

  it('without a caller there is no signal and the operation is not bound to one', () => {
    const budget = new OperationBudget(settings);
    expect(budget.signal).toBeUndefined();
    expect(budget.boundToCaller).toBe(false);
    expect(new OperationBudget(settings, new AbortController().signal).boundToCaller).toBe(true);
  });

  it('still counts its calls against MAX_UPSTREAM_CALLS', () => {
    const budget = new OperationBudget(settings, new AbortController().signal);
    for (let i = 0; i < 3; i++) budget.take();
    expect(() => budget.take()).toThrow(/MAX_UPSTREAM_CALLS/);
  });
});
