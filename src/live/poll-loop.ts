/**
 * The one poll loop every poller runs on (a job or instance poller, a project's registry watcher):
 * a poll per interval on the credentials of one of its subscribers, a subscriber whose token is
 * refused (401) set aside for another's, exponential backoff while the upstream fails, and a
 * failure told to subscribers only once it outlasts the grace period.
 */
import type { Session } from '../upstream/session.js';
import { UpstreamError } from '../upstream/errors.js';
import { failureOf, type LiveFailure } from './events.js';
import type { LiveTimer } from './timer.js';

export interface LiveObserver {
  onPoll?(topic: string, ok: boolean): void;
  /** A subscriber joined or left (after its poller or watch was joined or left): tests wait on this, not on time. */
  onSubscribers?(count: number): void;
  /** Runs one poll (tracing makes each its own trace). */
  tracePoll?<T>(topic: string, poll: () => Promise<T>): Promise<T>;
}

export function runPoll<T>(observer: LiveObserver | undefined, topic: string, poll: () => Promise<T>): Promise<T> {
  return observer?.tracePoll ? observer.tracePoll(topic, poll) : poll();
}

/** What one poll did: read upstream, left it to the replica holding the lease, or found the thing final. */
export type PollOutcome = 'polled' | 'relayed' | 'final';

export interface PollLoopOptions {
  /** Names the loop to observers and traces (a topic, or a registry scope). */
  name: string;
  timer: LiveTimer;
  intervalMs: number;
  /** The share of the interval before the first poll after a start, in (0, 1] (phases.ts spreads loops started together); 1 when absent. */
  phase?: number;
  graceMs: number;
  observer?: LiveObserver;
  /** Whether anyone still listens: an idle loop schedules nothing. */
  active(): boolean;
  /** The sessions of the loop's subscribers, each checked with its own credentials when it joined. */
  sessions(): Iterable<Session>;
  poll(session: Session): Promise<PollOutcome>;
  /** A failure that ends the loop rather than being ridden out (the thing is gone): handled, answers true. */
  settles?(err: unknown): Promise<boolean>;
  /** No subscriber's credentials work any more: told once; the loop idles until someone joins. */
  refusedAll(): Promise<void>;
  /** A failure outlasted the grace period: told once per failing spell. */
  lasting(failure: LiveFailure): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

export class PollLoop {
  #cancel: (() => void) | undefined;
  /** When the poll under way or next was due (timer clock): the next keeps to this one's grid. */
  #dueAt: number | undefined;
  #running = false;
  #stopped = false;
  /** Sessions that got 401: not used again by this loop. */
  readonly #refused = new Set<Session>();
  #failingSince: number | undefined;
  #failures = 0;
  #reported = false;

  constructor(private readonly options: PollLoopOptions) {}

  /** Schedules the next poll, unless one is due or under way (it schedules the next itself). */
  start(): void {
    if (!this.#cancel && !this.#running && !this.#stopped) this.#schedule(Math.ceil(this.options.intervalMs * (this.options.phase ?? 1)));
  }

  /** For good: nothing runs after this. */
  stop(): void {
    this.#stopped = true;
    this.#cancel?.();
    this.#cancel = undefined;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** A subscriber's session whose credentials have not been refused. */
  session(): Session | undefined {
    for (const s of this.options.sessions()) if (!this.#refused.has(s)) return s;
    return undefined;
  }

  readonly #run = () => runPoll(this.options.observer, this.options.name, () => this.#tick());

  #schedule(ms: number): void {
    this.#dueAt = this.options.timer.now ? this.options.timer.now() + ms : undefined;
    this.#cancel = this.options.timer.schedule(ms, this.#run);
  }

  /**
   * The wait after a poll: to the next time on this loop's grid (when it was due, plus whole intervals),
   * not one interval from now. A loop whose poll ran late (a busy moment, a slow answer) would otherwise
   * drift, and loops delayed by the same busy moment would poll together from then on, losing the
   * phases they were given; a slot too close to be worth polling in is skipped.
   */
  #nextOnGrid(): number {
    const interval = this.options.intervalMs;
    const now = this.options.timer.now?.();
    if (now === undefined || this.#dueAt === undefined) return interval;
    const late = (now - this.#dueAt) % interval;
    const wait = interval - Math.max(0, late);
    return wait < interval / 4 ? wait + interval : wait;
  }

  async #tick(): Promise<void> {
    this.#cancel = undefined;
    const o = this.options;
    if (this.#running || this.#stopped || !o.active()) return;
    const session = this.session();
    if (!session) {
      await o.refusedAll();
      return;
    }
    this.#running = true;
    let next: number | undefined = o.intervalMs;
    try {
      const outcome = await o.poll(session);
      next = this.#nextOnGrid();
      if (outcome !== 'relayed') {
        o.observer?.onPoll?.(o.name, true);
        this.#failingSince = undefined;
        this.#failures = 0;
        this.#reported = false;
      }
      if (outcome === 'final') next = undefined;
    } catch (err) {
      o.observer?.onPoll?.(o.name, false);
      if (await o.settles?.(err)) next = undefined;
      else if (err instanceof UpstreamError && err.isUnauthorized) {
        // That subscriber's token no longer works; another subscriber's may, at once.
        this.#refused.add(session);
        next = 0;
      } else {
        const now = Date.now();
        this.#failingSince ??= now;
        this.#failures++;
        if (!this.#reported && now - this.#failingSince >= o.graceMs) {
          this.#reported = true;
          await o.lasting(failureOf(err));
        }
        next = Math.min(MAX_BACKOFF_MS, o.intervalMs * 2 ** Math.min(this.#failures, 10));
      }
    } finally {
      this.#running = false;
      if (next !== undefined && !this.#stopped && !this.#cancel && o.active()) this.#schedule(next);
    }
  }
}
