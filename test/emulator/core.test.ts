import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { call, login } from '../support/emulator.js';

describe('emulator core', () => {
  test('should describe itself at /__emulator/info', async ({ emu }) => {
    const res = await call(emu.url, 'GET', '/__emulator/info');
    expect(res.status).toBe(200);
    expect(res.body.baseUrl).toBe(emu.url);
    expect(res.body.projects).toHaveLength(2);
    expect(res.body.account).toMatchObject({ domain: 'demo-domain', user: 'demo' });
  });

  test('should issue a project-scoped token with 201 and X-Subject-Token', async ({ emu }) => {
    const token = await login(emu.url, emu.projects[1]!.name);
    expect(token).toMatch(/^MII/);
  });

  test('should refuse a wrong password with IAM 401', async ({ emu }) => {
    const res = await call(emu.url, 'POST', '/v3/auth/tokens', {
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: 'demo', password: 'nope', domain: { name: 'demo-domain' } } } },
          scope: { project: { name: emu.projects[0]!.name } },
        },
      },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe(401);
  });
});
