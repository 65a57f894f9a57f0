import { request } from 'node:http';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { createHostPolicy, hostName, isLoopbackBind, isMalformedHost } from '../../src/http/hosts.js';
import { test } from '../support/fixtures.js';

/** A request with the Host header a rebinding page's browser would send. */
function get(url: string, host: string, path: string, token?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host, 'graphql-require-preflight': '1', ...(token && { authorization: `Bearer ${token}` }) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgrade(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers: { host } });
    socket.on('unexpected-response', (_req, res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', reject);
  });
}

describe('host names (DNS rebinding)', () => {
  it.each([
    ['[::1]:4000', '::1'],
    ['LOCALHOST.:4000', 'localhost'],
    ['evil.example:4000', 'evil.example'],
    ['127.0.0.1', '127.0.0.1'],
  ])('should read the name of Host %s as %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it('should answer only loopback names on a loopback bind, unless ALLOWED_HOSTS lists more', () => {
    expect(['127.0.0.1', '::1', 'localhost', '0.0.0.0', '10.0.0.5'].map(isLoopbackBind)).toEqual([true, true, true, false, false]);
    const loopback = createHostPolicy('127.0.0.1', undefined);
    for (const ok of ['127.0.0.1:4000', 'localhost:4000', 'console.localhost', '[::1]:4000', '127.0.0.2', undefined]) expect(loopback.refused(ok)).toBeUndefined();
    for (const bad of ['evil.example:4000', 'localhost.evil.example', '127.0.0.1.evil.example', '10.0.0.5:4000', '']) expect(loopback.refused(bad)).toBeDefined();
    const listed = createHostPolicy('127.0.0.1', ['gw.example.com', '.corp.example']);
    for (const ok of ['gw.example.com', 'GW.EXAMPLE.COM:443', 'corp.example', 'a.b.corp.example', 'localhost']) expect(listed.refused(ok)).toBeUndefined();
    for (const bad of ['evil.example', 'xgw.example.com', 'evilcorp.example']) expect(listed.refused(bad)).toBe(bad);
  });

  it('should answer any name on another bind unless ALLOWED_HOSTS is set, and any with "*"', () => {
    expect(createHostPolicy('0.0.0.0', undefined).refused('evil.example')).toBeUndefined();
    expect(createHostPolicy('0.0.0.0', ['gw.example.com']).refused('evil.example')).toBe('evil.example');
    expect(createHostPolicy('127.0.0.1', ['*']).refused('evil.example')).toBeUndefined();
  });

  it('should tell a Host header that names no host from one that names a host', () => {
    for (const ok of ['localhost:4000', 'gw.example.com', '127.0.0.1', '[::1]:4000', 'my_host.local.', undefined]) expect(isMalformedHost(ok)).toBe(false);
    for (const bad of ['a b', 'x/graphql', 'user@evil.example', 'evil.example:4000/', '[::1', '', 'host:123456']) expect(isMalformedHost(bad)).toBe(true);
  });
});

describe('a gateway that answers any host name (ALLOWED_HOSTS=*)', () => {
  test.override('stackOptions', { env: { ALLOWED_HOSTS: '*' } });

  test('should still refuse a Host that names no host with 400 BAD_REQUEST, before any upstream call, on HTTP and WebSocket', async ({ stack }) => {
    await stack.resetCalls();
    for (const host of ['a b', 'x/graphql', 'user@evil.example']) {
      const res = await get(stack.gateway.url, host, '/graphql?query=%7Benvironments%7BtotalCount%7D%7D', stack.emu.token);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      expect(JSON.parse(res.body).errors[0].message).toMatch(/"host:port"/);
      expect(res.body).not.toMatch(/at new URL|node:internal/);
    }
    expect((await stack.calls()).total).toBe(0);
    expect(await upgrade(stack.gateway.url, 'a b')).toBe(400);
    expect((await get(stack.gateway.url, 'a b', '/health')).status).toBe(200);
    expect((await get(stack.gateway.url, 'evil.example', '/graphql?query=%7B__typename%7D', stack.emu.token)).status).toBe(200);
  });
});

describe('a gateway on loopback', () => {
  test('should refuse a foreign Host with 403 HOST_NOT_ALLOWED on every path but the probes and the scrape, before any upstream call, and count it', async ({ stack }) => {
    await stack.resetCalls();
    for (const path of ['/graphql?query=%7Benvironments%7BtotalCount%7D%7D', '/', '/graphql/stream', '/console']) {
      const res = await get(stack.gateway.url, 'evil.example:4000', path);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'HOST_NOT_ALLOWED' } }] });
      expect(res.body).toMatch(/ALLOWED_HOSTS/);
    }
    expect((await stack.calls()).total).toBe(0);
    // Probes and scrapers name the gateway by IP: what they read holds no caller's data.
    for (const path of ['/health', '/metrics']) expect((await get(stack.gateway.url, '10.1.2.3:4000', path)).status).toBe(200);
    const ok = await get(stack.gateway.url, `localhost:${new URL(stack.gateway.url).port}`, '/graphql?query=%7Benvironments%7BtotalCount%7D%7D', stack.emu.token);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).data.environments.totalCount).toBeGreaterThan(0);
    const metrics = await get(stack.gateway.url, new URL(stack.gateway.url).host, '/metrics');
    expect(metrics.body).toMatch(/graphql_requests_refused_total\{[^}]*reason="host_not_allowed"[^}]*\} 4/);
  });

  test('should refuse a WebSocket upgrade with a foreign Host, and accept a loopback one', async ({ stack }) => {
    expect(await upgrade(stack.gateway.url, 'evil.example')).toBe(403);
    expect(await upgrade(stack.gateway.url, new URL(stack.gateway.url).host)).toBe(101);
  });
});
