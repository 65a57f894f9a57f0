/**
 * The console at /console: the static build of console/ (Vite, into dist/console by
 * `npm run build:console`), and /console/config.json telling it how this gateway runs.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { sendAsset } from './static-asset.js';

export const CONSOLE_PATH = '/console';

/** dist/console at the package root, from src/http/ (tsx) and dist/http/ (compiled) alike. */
export const CONSOLE_BUILD_DIR = new URL('../../dist/console/', import.meta.url);

/** What the console reads at start: where to send operations and whether only trusted documents run. */
export interface ConsoleConfig {
  graphqlPath: string;
  trustedDocuments: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** One file name per segment, no dot-segments: a request path can never leave the build folder. */
const FILE = /^\/console\/((?:assets\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*)$/;

export async function serveConsole(req: IncomingMessage, res: ServerResponse, path: string, config: ConsoleConfig, dir: URL = CONSOLE_BUILD_DIR): Promise<boolean> {
  if (path !== CONSOLE_PATH && !path.startsWith(`${CONSOLE_PATH}/`)) return false;
  if (path === `${CONSOLE_PATH}/config.json`) {
    sendAsset(req, res, { body: Buffer.from(JSON.stringify(config)), contentType: TYPES['.json']!, caching: 'revalidate' });
    return true;
  }
  const file = path === CONSOLE_PATH || path === `${CONSOLE_PATH}/` ? 'index.html' : FILE.exec(path)?.[1];
  if (!file) return false;
  const type = TYPES[extname(file)];
  if (!type) return false;
  let body: Buffer;
  try {
    body = await readFile(new URL(file, dir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (file !== 'index.html') return false;
    const message = 'The console is not built: run "npm run build:console" (npm ci runs it), then reload.';
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(message)) }).end(message);
    return true;
  }
  // Vite names what it builds under assets/ by content hash.
  sendAsset(req, res, { body, contentType: type, caching: file.startsWith('assets/') ? 'immutable' : 'revalidate' });
  return true;
}
