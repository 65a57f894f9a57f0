/**
 * How the gateway reaches Redis: a redis:// or rediss:// URL (password and database in the URL,
 * TLS trusting REDIS_CA_FILE), or Redis Sentinel naming the master. ioredis does the work.
 */
import { Redis, type RedisOptions } from 'ioredis';

export interface RedisSettings {
  /** redis://[:password@]host:port[/db] or rediss://…; with Sentinel only its password, database and scheme apply. */
  url?: string;
  /** A command not answered within this long counts as Redis unreachable (a stalled Redis). */
  commandTimeoutMs: number;
  /** PEM of the CA that signed the Redis server's certificate (rediss://), read from REDIS_CA_FILE. */
  ca?: string;
  /** Sentinel addresses; when set, the master is found through them by `sentinelName`. */
  sentinels?: { host: string; port: number }[];
  sentinelName: string;
}

/** Where a replica's connection goes, for logs (no password). */
export function describeRedis(s: RedisSettings): string {
  if (s.sentinels?.length) return `sentinel ${s.sentinels.map((a) => `${a.host}:${a.port}`).join(',')} master ${s.sentinelName}`;
  const u = new URL(s.url!);
  return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

/** One ioredis connection with the gateway's failure policy: fail fast, reconnect forever. */
export function connectRedisClient(s: RedisSettings, extra: RedisOptions = {}): Redis {
  const tlsWanted = s.url?.startsWith('rediss://') ?? false;
  const tls = tlsWanted ? (s.ca ? { ca: s.ca } : {}) : undefined;
  const common: RedisOptions = {
    // A command while Redis is away fails at once, and the replica works alone until it returns.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: s.commandTimeoutMs,
    connectTimeout: Math.max(s.commandTimeoutMs, 1_000),
    retryStrategy: (n: number) => Math.min(n * 200, 2_000),
    ...(tls && { tls }),
    ...extra,
  };
  if (s.sentinels?.length) {
    const fromUrl = s.url ? new URL(s.url) : undefined;
    return new Redis({
      ...common,
      sentinels: s.sentinels,
      name: s.sentinelName,
      sentinelCommandTimeout: s.commandTimeoutMs,
      sentinelReconnectStrategy: (n: number) => Math.min(n * 200, 2_000),
      ...(fromUrl?.username && { username: decodeURIComponent(fromUrl.username) }),
      ...(fromUrl?.password && { password: decodeURIComponent(fromUrl.password) }),
      ...(fromUrl && fromUrl.pathname.length > 1 && { db: Number(fromUrl.pathname.slice(1)) }),
      ...(tls && { enableTLSForSentinelMode: true, sentinelTLS: tls }),
    });
  }
  return new Redis(s.url!, common);
}
