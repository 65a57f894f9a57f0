import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';

/** Operation names are chosen by clients: as metric labels they must not grow /metrics for ever. */
describe('bounded operation labels', () => {
  test.override('stackOptions', { env: { METRICS_MAX_OPERATIONS: '20' } });

  const operationLabels = async (stack: TestStack) => {
    const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    return new Set([...text.matchAll(/^graphql_operations_total\{operation="([^"]*)"/gm)].map((m) => m[1]!));
  };

  test('should keep at most METRICS_MAX_OPERATIONS names and count the rest as other', async ({ stack }) => {
    // 300 distinct names, 15 at a time.
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(Array.from({ length: 15 }, (_, i) => stack.gql(`query Op${batch * 15 + i} { runtimes { typeName } }`)));
    }
    const labels = await operationLabels(stack);
    expect(labels.size).toBeLessThanOrEqual(21);
    expect(labels.has('other')).toBe(true);
    expect(labels.has('Op0') || [...labels].some((l) => l.startsWith('Op'))).toBe(true);
  });

  test('should keep counting a name it already holds under its own label', async ({ stack }) => {
    const before = await operationLabels(stack);
    const kept = [...before].find((l) => l.startsWith('Op'))!;
    await stack.gql(`query ${kept} { runtimes { typeName } }`);
    const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    expect(text).toMatch(new RegExp(`graphql_operations_total\\{operation="${kept}",type="query",outcome="ok"\\} 2`));
  });
});
