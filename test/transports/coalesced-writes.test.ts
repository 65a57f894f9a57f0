import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { coalesceWrites } from '../../src/transports/coalesced-writes.js';

/** A socket stand-in that records each write that reaches it (one `writev` of many chunks is one write). */
function recordingSocket(): { socket: Writable; writes: string[][] } {
  const writes: string[][] = [];
  const socket = new Writable({
    writev(chunks, done) {
      writes.push(chunks.map((c) => String(c.chunk)));
      done();
    },
    write(chunk, _encoding, done) {
      writes.push([String(chunk)]);
      done();
    },
  });
  return { socket, writes };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('coalesced WebSocket writes', () => {
  it('should send the frames written in one turn as one write, in order, and each later turn as its own', async () => {
    const { socket, writes } = recordingSocket();
    coalesceWrites(socket);
    socket.write('a');
    socket.write('b');
    // ws corks and uncorks around a frame's header and body: the outer cork holds them all.
    socket.cork();
    socket.write('c1');
    socket.write('c2');
    socket.uncork();
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toEqual([['a', 'b', 'c1', 'c2']]);
    socket.write('d');
    await turn();
    expect(writes).toEqual([['a', 'b', 'c1', 'c2'], ['d']]);
  });

  it('should flush what is held when the socket ends within the turn', async () => {
    const { socket, writes } = recordingSocket();
    coalesceWrites(socket);
    socket.write('last');
    const finished = new Promise((resolve) => socket.once('finish', resolve));
    socket.end();
    await finished;
    await turn();
    expect(writes.flat()).toEqual(['last']);
  });
});
