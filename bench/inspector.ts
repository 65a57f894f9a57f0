/**
 * A word with a child process through its inspector (started with --inspect=127.0.0.1:0): a full
 * garbage collection, then its memory, so retained memory is told from garbage not yet collected.
 */
import WebSocket from 'ws';

export interface Memory {
  rss: number;
  heapUsed: number;
}

/** The inspector's WebSocket URL from what the process printed. */
export function inspectorUrl(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

export async function collectAndMeasure(url: string): Promise<Memory> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: unknown };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    const evaluated = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
    const usage = JSON.parse((evaluated.result as { value: string }).value) as Memory;
    return { rss: usage.rss, heapUsed: usage.heapUsed };
  } finally {
    socket.close();
  }
}
