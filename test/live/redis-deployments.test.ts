/**
 * The Redis deployments people run, each started here on loopback: a password in the URL, TLS
 * (rediss:// trusting REDIS_CA_FILE's CA, certificates made with openssl), and Redis Sentinel
 * naming the master. The coordination reaches each through ioredis' own support, and refuses what
 * it must (wrong password, untrusted certificate) without an error escaping.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { freePort, killRedis, launchRedis, startRedis, type RedisServer } from '../support/redis.js';
import { RedisCoordination } from '../../src/live/redis-coordination.js';
import type { RedisSettings } from '../../src/live/redis-connection.js';
import { createLogger } from '../../src/logger.js';

const dir = mkdtempSync(join(tmpdir(), 'redis-deployments-'));
const servers: RedisServer[] = [];
const processes: ChildProcess[] = [];
const opened: RedisCoordination[] = [];

function coordination(settings: Partial<RedisSettings>): RedisCoordination {
  const c = new RedisCoordination({ settings: { commandTimeoutMs: 1_000, sentinelName: 'mymaster', ...settings }, leaseMs: 1_000, logger: createLogger('error') });
  opened.push(c);
  return c;
}

/** Reaches Redis and shares a sequence through it. */
async function works(c: RedisCoordination): Promise<void> {
  await c.ready(30_000);
  expect(c.degraded).toBe(false);
  const a = await c.sequence('deployments', 1);
  const b = await c.sequence('deployments', 2);
  expect(b.sequence).toBe(a.sequence + 1);
  expect(b.epoch).toBe(a.epoch);
}

afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  for (const s of servers) await s.stop();
  for (const p of processes) await killRedis(p);
});

describe('Redis deployments', () => {
  it('should use the password in the URL, and stay degraded (no error escaping) with a wrong one', { timeout: 60_000 }, async () => {
    const redis = await startRedis({ args: ['--requirepass', 's3cret'], auth: ':s3cret@' });
    servers.push(redis);
    await works(coordination({ url: redis.url }));
    const wrong = coordination({ url: redis.url.replace('s3cret', 'wrong') });
    await expect(wrong.ready(3_000)).rejects.toThrow(/did not answer/);
    expect(wrong.degraded).toBe(true);
    expect((await wrong.sequence('deployments', 1)).epoch).toMatch(/^alone-/);
  });

  it('should speak TLS with rediss:// trusting REDIS_CA_FILE, and refuse a server its CA did not sign', { timeout: 60_000 }, async () => {
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=test-ca');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
    writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext');
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other.key', '-out', 'other.pem', '-days', '2', '-subj', '/CN=other-ca');
    const port = await freePort();
    processes.push(
      await launchRedis(['--port', '0', '--tls-port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--tls-cert-file', join(dir, 'server.pem'), '--tls-key-file', join(dir, 'server.key'), '--tls-ca-cert-file', join(dir, 'ca.pem'), '--tls-auth-clients', 'no']),
    );
    const url = `rediss://127.0.0.1:${port}`;
    await works(coordination({ url, ca: readFileSync(join(dir, 'ca.pem'), 'utf8') }));
    const untrusted = coordination({ url, ca: readFileSync(join(dir, 'other.pem'), 'utf8') });
    await expect(untrusted.ready(3_000)).rejects.toThrow(/did not answer/);
    expect(untrusted.degraded).toBe(true);
  });

  it('should find the master through Redis Sentinel (REDIS_SENTINELS, REDIS_SENTINEL_NAME), with the URL password', { timeout: 60_000 }, async () => {
    const master = await startRedis({ args: ['--requirepass', 'm4ster'], auth: ':m4ster@' });
    servers.push(master);
    const port = await freePort();
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(conf, [`port ${port}`, 'bind 127.0.0.1', `sentinel monitor mymaster 127.0.0.1 ${master.port} 1`, 'sentinel auth-pass mymaster m4ster', ''].join('\n'));
    processes.push(await launchRedis([conf, '--sentinel'], '+monitor master mymaster'));
    await works(coordination({ url: 'redis://:m4ster@ignored', sentinels: [{ host: '127.0.0.1', port }], sentinelName: 'mymaster' }));
    const unknown = coordination({ url: 'redis://:m4ster@ignored', sentinels: [{ host: '127.0.0.1', port }], sentinelName: 'nosuchmaster' });
    await expect(unknown.ready(3_000)).rejects.toThrow(/did not answer/);
  });
});
