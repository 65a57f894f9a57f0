/** The one poll loop every poller runs on: refused sessions set aside, backoff, one failure told after the grace period. */
import { describe, expect, it } from 'vitest';
import { PollLoop, type PollLoopOptions, type PollOutcome } from '../../src/live/poll-loop.js';
import { PollPhases } from '../../src/live/phases.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import type { Session } from '../../src/upstream/session.js';
import type { LiveFailure } from '../../src/live/events.js';
import type { LiveTimer } from '../../src/live/timer.js';

const http = (status: number) => new UpstreamError({ kind: 'HTTP', api: 'cas', method: 'GET', route: '/v2/{project_id}/cas/jobs/{job_id}', status });

/** Runs nothing by itself; remembers each delay asked for, so backoff is counted, not timed. */
class RecordingTimer implements LiveTimer {
  readonly delays: number[] = [];
  #due: (() => unknown)[] = [];
  schedule(ms: number, fn: () => unknown): () => void {
    this.delays.push(ms);
    this.#due.push(fn);
    return () => (this.#due = this.#due.filter((f) => f !== fn));
  }
  async tick(): Promise<void> {
    const due = this.#due;
    this.#due = [];
    await Promise.all(due.map((fn) => fn()));
  }
  get pending(): number {
    return this.#due.length;
  }
}

function loopOf(sessions: Session[], poll: (s: Session) => Promise<PollOutcome>, graceMs = 0) {
  const timer = new RecordingTimer();
  const told: LiveFailure[] = [];
  let refused = 0;
  const options: PollLoopOptions = {
    name: 'job|test|1',
    timer,
    intervalMs: 1_000,
    graceMs,
    active: () => sessions.length > 0,
    sessions: () => sessions,
    poll,
    refusedAll: async () => void refused++,
    lasting: async (f) => void told.push(f),
  };
  return { loop: new PollLoop(options), options, timer, told, refused: () => refused };
}

const a = { key: 'a' } as Session;
const b = { key: 'b' } as Session;

describe('PollLoop', () => {
  it('should set a refused session aside and poll at once with another subscriber’s', async () => {
    const used: Session[] = [];
    const { loop, timer, refused } = loopOf([a, b], async (s) => {
      used.push(s);
      if (s === a) throw http(401);
      return 'polled';
    });
    loop.start();
    await timer.tick();
    await timer.tick();
    await timer.tick();
    expect(used).toEqual([a, b, b]);
    expect(timer.delays).toEqual([1_000, 0, 1_000, 1_000]);
    expect(loop.session()).toBe(b);
    expect(refused()).toBe(0);
  });

  it('should tell that no credentials work once, and idle until someone joins', async () => {
    const { loop, timer, refused } = loopOf([a], async () => {
      throw http(401);
    });
    loop.start();
    await timer.tick();
    await timer.tick();
    expect(refused()).toBe(1);
    expect(timer.pending).toBe(0);
  });

  it('should back off exponentially up to 30 s, tell a lasting failure once, and start afresh after a success', async () => {
    let failing = 12;
    const { loop, timer, told } = loopOf([a], async () => {
      if (failing-- > 0) throw http(503);
      return 'polled';
    });
    loop.start();
    for (let i = 0; i < 13; i++) await timer.tick();
    expect(timer.delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 1_000]);
    expect(told).toHaveLength(1);
    expect(told[0]!.code).toBe('UNAVAILABLE');
  });

  it('should not tell a failure within the grace period', async () => {
    let calls = 0;
    const { loop, timer, told } = loopOf([a], async () => {
      if (calls++ === 0) throw http(503);
      return 'polled';
    }, 60_000);
    loop.start();
    await timer.tick();
    await timer.tick();
    expect(told).toHaveLength(0);
    expect(timer.delays).toEqual([1_000, 2_000, 1_000]);
  });

  it('should schedule nothing after a final value or a failure it settles, and nothing at all once stopped', async () => {
    const final = loopOf([a], async () => 'final');
    final.loop.start();
    await final.timer.tick();
    expect(final.timer.pending).toBe(0);

    const gone = loopOf([a], async () => {
      throw http(404);
    });
    let settled = 0;
    const settling = new PollLoop({ ...gone.options, settles: async (err) => err instanceof UpstreamError && err.isNotFound && settled++ >= 0 });
    settling.start();
    await gone.timer.tick();
    expect(settled).toBe(1);
    expect(gone.timer.pending).toBe(0);
    expect(gone.told).toHaveLength(0);

    settling.stop();
    settling.start();
    expect(gone.timer.pending).toBe(0);
    expect(settling.stopped).toBe(true);
  });

  it('should poll first after its phase of the interval, then once per interval', async () => {
    const { options, timer } = loopOf([a], async () => 'polled');
    const phased = new PollLoop({ ...options, phase: 0.25 });
    phased.start();
    await timer.tick();
    await timer.tick();
    expect(timer.delays).toEqual([250, 1_000, 1_000]);
    phased.stop();
  });
});

/** The same, with a clock the test moves: the loop keeps to its grid of times. */
class ClockedTimer extends RecordingTimer {
  at = 0;
  now(): number {
    return this.at;
  }
}

describe('PollLoop on a clock', () => {
  it('should keep to its grid when a poll runs late, and skip a slot too close to poll in', async () => {
    const timer = new ClockedTimer();
    let pollMs = 0;
    const loop = new PollLoop({ ...loopOf([a], async () => 'polled').options, timer, phase: 0.5, poll: async () => ((timer.at += pollMs), 'polled') });
    loop.start();
    // Due at 500; runs 200 ms late and takes 50 ms: the next is due at 1,500, not 1,750.
    timer.at = 700;
    pollMs = 50;
    await timer.tick();
    expect(timer.delays).toEqual([500, 750]);
    // On time, 2 ms long: due at 2,500.
    timer.at = 1_500;
    pollMs = 2;
    await timer.tick();
    expect(timer.delays.at(-1)).toBe(998);
    // 800 ms late: 3,500 is too close, 4,500 it is.
    timer.at = 3_300;
    pollMs = 0;
    await timer.tick();
    expect(timer.delays.at(-1)).toBe(1_200);
    loop.stop();
  });
});

describe('PollPhases', () => {
  it('should spread the first polls of loops started together evenly over the interval, none later than one interval', () => {
    const phases = new PollPhases();
    const first = Array.from({ length: 100 }, () => phases.next());
    expect(first[0]).toBe(1);
    expect(first.every((p) => p > 0 && p <= 1)).toBe(true);
    // Evenly: no two first polls close together, and no wide gap between them (nor before the first or after the last).
    const sorted = [...first].sort((x, y) => x - y);
    const gaps = sorted.slice(1).map((p, i) => p - sorted[i]!);
    expect(Math.min(...gaps)).toBeGreaterThan(0.005);
    expect(Math.max(...gaps, sorted[0]!, 1 - sorted.at(-1)!)).toBeLessThan(0.02);
  });
});
