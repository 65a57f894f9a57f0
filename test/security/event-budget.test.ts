import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { buildSchema } from '../../src/graph/schema.js';
import { OperationBudget } from '../../src/upstream/budget.js';
import { LocalRequestError } from '../../src/upstream/errors.js';

/** A subscription's budget applies to each event's execution, not to the whole stream. */
describe('budget per subscription event', () => {
  it('should give every event of every subscription field a fresh window', () => {
    const fields = buildSchema().getSubscriptionType()!.getFields();
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    for (const field of Object.values(fields)) {
      const budget = new OperationBudget({ maxCalls: 1, timeoutMs: 60_000 });
      budget.take();
      expect(() => budget.take()).toThrow(LocalRequestError);
      const payload = { job: {}, tasks: [] };
      field.resolve!(payload, {}, { budget }, {} as GraphQLResolveInfo);
      expect(budget.calls).toBe(0);
      expect(() => budget.take()).not.toThrow();
    }
  });
});
