/** GET /health: the process is up, and which version of the gateway it runs. */
import { readFileSync } from 'node:fs';

/** package.json sits two levels above this file in src/ops/ and in dist/ops/ alike. */
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Health {
  status: 'ok';
  version: string;
}

export const health = (): Health => ({ status: 'ok', version: VERSION });
