/**
 * The naive baseline as a server of its own: the gateway's schema and resolvers, configured from the
 * environment like src/main.ts, with the naive loaders (no batching, no caching) swapped in.
 */
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/gateway.js';
import { naiveLoaders } from './naive-loaders.js';

const gateway = await startGateway(loadConfig(), { createLoaders: naiveLoaders });
console.log(`naive gateway listening on ${gateway.url}`);

const stop = () => void gateway.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
