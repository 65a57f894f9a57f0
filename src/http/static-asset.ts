/** Answers GET/HEAD for an in-memory asset: ETag revalidation, gzip when the client takes it. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Asset {
  body: Buffer;
  contentType: string;
  /** `immutable` for content-addressed files, `revalidate` for pages whose URL never changes. */
  caching: 'immutable' | 'revalidate';
}

interface Prepared extends Asset {
  etag: string;
  gzipped?: Buffer;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;
const prepared = new WeakMap<Asset, Prepared>();

function prepare(asset: Asset): Prepared {
  let p = prepared.get(asset);
  if (!p) {
    const etag = `"${createHash('sha256').update(asset.body).digest('base64url').slice(0, 27)}"`;
    // Compressed once, on first use: GraphiQL's bundle is 5 MB of JavaScript.
    const gzipped = COMPRESSIBLE.test(asset.contentType) && asset.body.length > 1024 ? gzipSync(asset.body) : undefined;
    p = { ...asset, etag, gzipped };
    prepared.set(asset, p);
  }
  return p;
}

export function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset): void {
  const p = prepare(asset);
  const headers: Record<string, string> = {
    'content-type': p.contentType,
    etag: p.etag,
    'cache-control': p.caching === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === p.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = p.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? p.gzipped! : p.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
