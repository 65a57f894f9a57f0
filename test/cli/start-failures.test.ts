import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNode, type Child } from '../support/child.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';

/**
 * A start that fails is one line naming what to change, and exit code 1: real processes (`npm start`'s
 * entry through tsx, the source under test), a real port in use, a real IAM refusal, a closed port.
 */

/** Holds a port, as another program would. */
async function occupyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}

/** A loopback port nothing listens on: taken from the OS, then given back. */
async function closedPort(): Promise<number> {
  const { port, server } = await occupyPort();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs `npm start`'s entry until it exits; the output is everything it printed. */
async function failedStart(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; lines: string[] }> {
  const child: Child = spawnNode('src/main.ts', { CAS_URL: '', CSE_URL: '', IAM_URL: '', EMULATOR_PORT: '0', PORT: '0', LOG_LEVEL: 'info', ...env }, args);
  const { code } = await child.exited;
  return { code, lines: child.output().trim().split('\n') };
}

describe('start-up failures', () => {
  let emu: TestEmulator;
  let held: { port: number; server: Server };
  beforeAll(async () => {
    emu = await startTestEmulator({ demo: true });
    held = await occupyPort();
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => held.server.close(() => resolve()));
    await emu.stop();
  });

  const upstreams = () => ({ CAS_URL: emu.url, CSE_URL: emu.url, IAM_URL: emu.url, PROJECT_ID: PROJECTS[0]!.id });
  const account = { IAM_DOMAIN: DEMO_DOMAIN.name, IAM_USER: DEMO_USER.name, IAM_PASSWORD: DEMO_USER.password, PROJECT_NAME: PROJECTS[0]!.name };

  it('should name PORT when the port is in use, in one line', async () => {
    const { code, lines } = await failedStart({ PORT: String(held.port) });
    expect(code).toBe(1);
    expect(lines).toEqual([`Port ${held.port} on 127.0.0.1 is already in use (PORT=${held.port}): stop what listens there, or set PORT to a free port (0 picks one).`]);
  });

  it('should name EMULATOR_PORT when the embedded emulator cannot have its port', async () => {
    const { code, lines } = await failedStart({ EMULATOR_PORT: String(held.port) });
    expect(code).toBe(1);
    expect(lines).toEqual([`Port ${held.port} on 127.0.0.1 is already in use (EMULATOR_PORT=${held.port}): stop what listens there, or set EMULATOR_PORT to a free port (0 picks one).`]);
  });

  it('should print one line for all workers when the port is in use', async () => {
    const { code, lines } = await failedStart({ PORT: String(held.port) }, ['--workers', '2']);
    expect(code).toBe(1);
    expect(lines).toEqual([`Port ${held.port} on 127.0.0.1 is already in use (PORT=${held.port}): stop what listens there, or set PORT to a free port (0 picks one).`]);
  });

  it("should name the account's settings when IAM refuses the password", async () => {
    const { code, lines } = await failedStart({ ...upstreams(), ...account, IAM_PASSWORD: 'wrong-password' });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `IAM at ${emu.url} (IAM_URL) refused the service account's login with 401 "The username or password is wrong.": check IAM_USER, IAM_PASSWORD and IAM_DOMAIN.`,
    ]);
  });

  it('should name PROJECT_NAME when IAM knows no such project', async () => {
    const { code, lines } = await failedStart({ ...upstreams(), ...account, PROJECT_NAME: 'no-such-project' });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^IAM at ${emu.url} \\(IAM_URL\\) refused the service account's login with 401 ".*no-such-project.*": check PROJECT_NAME \\(the project the token is scoped to\\)\\.$`));
  });

  it('should name IAM_URL when IAM cannot be reached', async () => {
    const iam = `http://127.0.0.1:${await closedPort()}`;
    const { code, lines } = await failedStart({ ...upstreams(), ...account, IAM_URL: iam, UPSTREAM_RETRIES: '0' });
    expect(code).toBe(1);
    expect(lines).toEqual([`IAM at ${iam} (IAM_URL) cannot be reached (ECONNREFUSED): check IAM_URL and that this machine can reach it.`]);
  });

  it('should add the stack with LOG_LEVEL=debug', async () => {
    const { code, lines } = await failedStart({ PORT: String(held.port), LOG_LEVEL: 'debug' });
    expect(code).toBe(1);
    expect(lines[0]).toBe(`Port ${held.port} on 127.0.0.1 is already in use (PORT=${held.port}): stop what listens there, or set PORT to a free port (0 picks one).`);
    expect(lines.slice(1).join('\n')).toMatch(/EADDRINUSE[\s\S]*\n\s+at /);
  });

  it('should exit 1 with every configuration problem', async () => {
    const { code, lines } = await failedStart({ PORT: 'abc', WORKERS: 'zero' });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Invalid configuration (2 problems); change these and start again:',
      '  PORT must be a port number (1-65535, or 0 for any free port), got "abc"',
      '  WORKERS must be a number of workers from 1 to 64 or "auto", got "zero"',
    ]);
  });

  it('should start but name CSE_URL when the registry cannot be reached', async () => {
    const cse = `http://127.0.0.1:${await closedPort()}`;
    const child = spawnNode('src/main.ts', { ...upstreams(), CSE_URL: cse, PORT: '0', CREDENTIALS_MODE: 'passthrough', LOG_LEVEL: 'info' });
    try {
      const [line] = await child.waitFor(/\{[^\n]*CSE_URL[^\n]*\}\n/);
      expect(JSON.parse(line!)).toMatchObject({ level: 'warn', msg: `CSE_URL ${cse} cannot be reached (ECONNREFUSED): check CSE_URL; /ready answers 503 until it answers.` });
      expect(child.output()).not.toMatch(/CAS_URL/);
      expect(child.output()).toMatch(/ServiceStage GraphQL gateway: http:\/\/\S+/);
    } finally {
      child.process.kill('SIGTERM');
      expect((await child.exited).code).toBe(0);
    }
  });

  it('should give the emulator alone the same one-line failures', async () => {
    const inUse = spawnNode('src/emulator/main.ts', { EMULATOR_PORT: String(held.port) });
    expect((await inUse.exited).code).toBe(1);
    expect(inUse.output().trim()).toBe(`Port ${held.port} on 127.0.0.1 is already in use (EMULATOR_PORT=${held.port}): stop what listens there, or set EMULATOR_PORT to a free port (0 picks one).`);
    const invalid = spawnNode('src/emulator/main.ts', { EMULATOR_PORT: 'x', EMULATOR_DEMO: 'maybe' });
    expect((await invalid.exited).code).toBe(1);
    expect(invalid.output().trim().split('\n')).toEqual([
      'Invalid configuration (2 problems); change these and start again:',
      '  EMULATOR_PORT must be a port number (1-65535, or 0 for any free port), got "x"',
      '  EMULATOR_DEMO must be one of true, false, got "maybe"',
    ]);
  });
});
