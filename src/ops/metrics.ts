/**
 * Prometheus metrics at /metrics (prom-client, one registry per gateway): operations, errors,
 * upstream calls with latency, retries, breaker states, subscriptions and pollers.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HttpObserver } from '../upstream/http.js';
import type { BreakerState } from '../upstream/breaker.js';

interface LiveFigures {
  subscribers: number;
  pollers: number;
  registryWatchers: number;
  watchedServices: number;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** What operations beyond the label cap (and names too long to be a real operation's) count as. */
export const OTHER_OPERATION = 'other';
const MAX_OPERATION_NAME_LENGTH = 100;

export interface MetricsOptions {
  /** Distinct operation names kept as label values; later names count as `other` (a scrape must not grow without bound). */
  maxOperations?: number;
}

export class Metrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok, partial: data with errors, error: no data).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Execution time of GraphQL queries and mutations.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by the extensions.code the client received.', labelNames: ['code'] as const, registers: [this.registry] });
  readonly requestsRefused = new Counter({
    name: 'graphql_requests_refused_total',
    help: 'Requests refused before any operation ran, by reason (csrf, unauthenticated, payload_too_large, depth_limit, ...).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly upstreamCalls = new Counter({
    name: 'upstream_requests_total',
    help: 'Upstream attempts by API, method, reference route and outcome (HTTP status, timeout, unavailable, bad_response).',
    labelNames: ['api', 'method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly upstreamSeconds = new Histogram({
    name: 'upstream_request_duration_seconds',
    help: 'Upstream attempt latency.',
    labelNames: ['api', 'method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly retries = new Counter({ name: 'upstream_retries_total', help: 'Upstream reads sent again after a transient failure.', labelNames: ['api', 'route'] as const, registers: [this.registry] });
  readonly graphqlPosts = new Counter({
    name: 'graphql_http_posts_total',
    help: 'POSTs to /graphql by how they were answered: plain (one JSON operation, the quick path) or yoga (everything else).',
    labelNames: ['path'] as const,
    registers: [this.registry],
  });
  readonly breaker = new Gauge({ name: 'upstream_breaker_state', help: 'Circuit breaker per upstream: 0 closed, 1 half-open, 2 open.', labelNames: ['api'] as const, registers: [this.registry] });

  #live: () => LiveFigures = () => ({ subscribers: 0, pollers: 0, registryWatchers: 0, watchedServices: 0 });

  /** The live hub is made after the HTTP cores these metrics observe; its figures are read when scraped. */
  readLiveFrom(read: () => LiveFigures): void {
    this.#live = read;
  }

  readonly #maxOperations: number;
  readonly #operationNames = new Set<string>();

  constructor(options: MetricsOptions = {}) {
    this.#maxOperations = options.maxOperations ?? 100;
    collectDefaultMetrics({ register: this.registry });
    const live = () => this.#live();
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('graphql_active_subscriptions', 'Subscriptions being served.', () => live().subscribers);
    gauge('live_pollers', 'Shared pollers of jobs and component instances.', () => live().pollers);
    gauge('live_registry_watchers', 'Registry watchers (one per project).', () => live().registryWatchers);
    gauge('live_watched_services', 'Registry services watched.', () => live().watchedServices);
    for (const api of ['cas', 'cse', 'iam']) this.breaker.set({ api }, 0);
  }

  /**
   * The label value of an operation name: the first `maxOperations` distinct names keep their own,
   * the rest are `other`, so clients choosing names cannot grow every scrape for ever.
   */
  operationLabel(name: string): string {
    if (this.#operationNames.has(name)) return name;
    if (name.length > MAX_OPERATION_NAME_LENGTH || this.#operationNames.size >= this.#maxOperations) return OTHER_OPERATION;
    this.#operationNames.add(name);
    return name;
  }

  /** Feeds upstream metrics from the HTTP core. */
  readonly observer: HttpObserver = {
    onAttempt: ({ api, method, route, status, error, durationMs, attempt }) => {
      const outcome = error && error.kind !== 'HTTP' ? error.kind.toLowerCase() : String(status ?? 'unknown');
      this.upstreamCalls.inc({ api, method, route, status: outcome });
      this.upstreamSeconds.observe({ api, method, route }, durationMs / 1000);
      if (attempt > 1) this.retries.inc({ api, route });
    },
    onBreaker: ({ api, state }) => this.breaker.set({ api }, BREAKER_VALUE[state]),
  };
}
