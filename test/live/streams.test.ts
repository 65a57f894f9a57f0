/** Subscribers' streams: one shared listener per topic, events kept while a subscriber is checked, leaving once whatever the reader does. */
import { describe, expect, it } from 'vitest';
import { createLiveBus } from '../../src/live/bus.js';
import { JobStream } from '../../src/live/streams.js';
import { topics } from '../../src/live/topics.js';
import { LiveFailureNotice } from '../../src/live/events.js';
import type * as Cas from '../../src/wire/cas.js';

const job = (status: Cas.JobExecutionStatus, tasks: Cas.TaskStatus[]): Cas.JobDetail =>
  ({ job: { JOB_ID: 'j1', EXECUTION_STATUS: status }, tasks: tasks.map((TASK_STATUS, TASK_INDEX) => ({ TASK_INDEX, TASK_STATUS })) }) as unknown as Cas.JobDetail;

const value = (sequence: number, v: Cas.JobDetail) => ({ sequence, epoch: 'e', payload: { kind: 'value' as const, value: v } });

async function read<T>(stream: AsyncIterator<T>): Promise<T[]> {
  const items: T[] = [];
  for (let r = await stream.next(); !r.done; r = await stream.next()) items.push(r.value);
  return items;
}

describe('subscriber streams', () => {
  it('should listen to a topic once on the event target, whatever the number of its subscribers', () => {
    const target = new EventTarget();
    let listeners = 0;
    const add = target.addEventListener.bind(target);
    target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => (listeners++, add(...args));
    const bus = createLiveBus(target);
    const topic = topics.job('sa:p', 'j1');
    const streams = Array.from({ length: 100 }, () => new JobStream(topic));
    for (const s of streams) bus.join(topic, s);
    expect(listeners).toBe(1);
    for (const s of streams) bus.leave(topic, s);
    expect(bus.topics).toBe(0);
  });

  it('should take what arrived during the check after the checked state, drop stale states, and end and leave once the job finishes', async () => {
    const bus = createLiveBus();
    const topic = topics.job('sa:p', 'j1');
    const stream = new JobStream(topic);
    bus.join(topic, stream);
    bus.publish(topic, value(1, job('RUNNING', ['SUCCEEDED'])));
    bus.publish(topic, value(2, job('RUNNING', ['SUCCEEDED', 'RUNNING'])));
    let left = 0;
    stream.start(job('RUNNING', ['SUCCEEDED']), () => void left++);
    bus.publish(topic, { sequence: 3, epoch: 'e', payload: { kind: 'failure', failure: { code: 'UNAVAILABLE', message: 'down' } } });
    bus.publish(topic, value(4, job('SUCCEEDED', ['SUCCEEDED', 'SUCCEEDED'])));
    bus.publish(topic, value(5, job('SUCCEEDED', ['SUCCEEDED', 'SUCCEEDED'])));
    const items = await read(stream);
    expect(items.map((i) => (i instanceof LiveFailureNotice ? i.failure.code : `${i.job.EXECUTION_STATUS}:${i.tasks!.length}`))).toEqual(['RUNNING:1', 'RUNNING:2', 'UNAVAILABLE', 'SUCCEEDED:2']);
    expect(left).toBe(1);
  });

  it('should leave when the reader returns the stream, even one it never read', async () => {
    const bus = createLiveBus();
    const topic = topics.job('sa:p', 'j1');
    let left = 0;
    const unread = new JobStream(topic);
    bus.join(topic, unread);
    unread.start(job('RUNNING', []), () => (left++, bus.leave(topic, unread)));
    await unread.return();
    expect(left).toBe(1);

    const read = new JobStream(topic);
    bus.join(topic, read);
    read.start(job('RUNNING', []), () => (left++, bus.leave(topic, read)));
        expect((await read.next()).done).toBe(false);
    const waiting = read.next();
    await read.return();
    expect((await waiting).done).toBe(true);
    expect(left).toBe(2);
    expect(bus.topics).toBe(0);
  });

  it('should hand a listener everything published after it asked, before it first reads', async () => {
    const bus = createLiveBus();
    const topic = topics.job('sa:p', 'j1');
    const listener = bus.listen(topic);
    bus.publish(topic, value(1, job('RUNNING', [])));
    expect((await listener.next()).value).toMatchObject({ sequence: 1 });
    await listener.return();
    expect(bus.topics).toBe(0);
  });
});
