/**
 * A WebSocket's frames written in one turn of the event loop leave in one write. One event fans out
 * to thousands of subscribers, tens of them on each socket; ws writes every frame on its own
 * (a `writev` per frame), which at 50,000 subscriptions costs more than everything else an event
 * does. The first write of a turn corks the socket, and it is uncorked once that turn's work is
 * done (setImmediate), so the frames of that turn go out together, in order. Nothing waits longer
 * than the current turn: a lone frame leaves at the end of the turn that wrote it.
 */
import type { Writable } from 'node:stream';

export function coalesceWrites(socket: Writable): void {
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  const write = socket.write;
  socket.write = function (this: Writable, ...args: Parameters<Writable['write']>): boolean {
    if (!corked && !socket.destroyed) {
      corked = true;
      socket.cork();
      setImmediate(uncork);
    }
    return write.apply(this, args);
  } as Writable['write'];
}
