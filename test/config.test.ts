import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

/** The problem lines of a refused configuration (without the heading). */
function problems(env: Record<string, string>, args: string[] = []): string[] {
  try {
    loadConfig(env, args);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const [heading, ...lines] = (err as Error).message.split('\n');
    expect(heading).toMatch(/^Invalid configuration \((one problem|\d+ problems)\); change these and start again:$/);
    return lines.map((l) => l.trim());
  }
  throw new Error(`configuration accepted: ${JSON.stringify(env)}`);
}

const upstreams = { CAS_URL: 'http://cas.example', CSE_URL: 'https://cse.example/', IAM_URL: 'http://iam.example', PROJECT_ID: 'p1' };

describe('loadConfig', () => {
  it('should start with defaults from an empty environment, on the embedded emulator', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', production: false, endpoints: undefined, credentialsMode: 'passthrough', logLevel: 'info', workers: 1 });
    expect(config.limits.introspection).toBe(true);
    expect(config.emulator).toEqual({ port: 4100, jobStepMs: 500, registry: 'reference', cseAuth: 'none', registryLagMs: 0 });
  });

  it('should read upstreams, trimming trailing slashes', () => {
    expect(loadConfig(upstreams).endpoints).toEqual({
      casUrl: 'http://cas.example',
      cseUrl: 'https://cse.example',
      iamUrl: 'http://iam.example',
      projectId: 'p1',
      configUrl: 'https://cse.example',
      cseAuth: undefined,
    });
  });

  it('should give each upstream its own deadline where one is set, else UPSTREAM_TIMEOUT_MS', () => {
    expect(loadConfig({ ...upstreams, UPSTREAM_TIMEOUT_MS: '7000' }).http.timeoutMsOf).toEqual({ cas: 7000, cse: 7000, iam: 7000 });
    expect(loadConfig({ ...upstreams, CAS_TIMEOUT_MS: '30000', CSE_TIMEOUT_MS: '2000' }).http.timeoutMsOf).toEqual({ cas: 30000, cse: 2000, iam: 10000 });
  });

  it("should give each upstream its own pool where one is set, else UPSTREAM_CONNECTIONS and UPSTREAM_PIPELINING", () => {
    const general = loadConfig({ ...upstreams, UPSTREAM_CONNECTIONS: '32' }).http;
    expect(general.connectionsOf).toEqual({ cas: 32, cse: 32, iam: 32 });
    expect(general.pipeliningOf).toEqual({ cas: 1, cse: 1, iam: 1 });
    const own = loadConfig({ ...upstreams, CAS_CONNECTIONS: '8', CSE_CONNECTIONS: '128', CSE_PIPELINING: '4', UPSTREAM_PIPELINING: '2' }).http;
    expect(own.connectionsOf).toEqual({ cas: 8, cse: 128, iam: 64 });
    expect(own.pipeliningOf).toEqual({ cas: 2, cse: 4, iam: 2 });
    expect(() => loadConfig({ ...upstreams, CSE_CONNECTIONS: '0' })).toThrow(/CSE_CONNECTIONS must be a whole number from 1 to 1024, got "0"/);
    expect(() => loadConfig({ ...upstreams, CAS_PIPELINING: '1000' })).toThrow(/CAS_PIPELINING must be a whole number from 1 to 100/);
  });

  it('should read the config center and registry login of a service-center engine, and ask for the account with CSE_AUTH=rbac', () => {
    const sc = loadConfig({ ...upstreams, CONFIG_URL: 'http://kie.example/', CSE_AUTH: 'rbac', CSE_USER: 'root', CSE_PASSWORD: 'pw' });
    expect(sc.endpoints).toMatchObject({ configUrl: 'http://kie.example', cseAuth: { name: 'root', password: 'pw' } });
    expect(() => loadConfig({ ...upstreams, CSE_AUTH: 'rbac' })).toThrow(/CSE_USER is missing: CSE_AUTH=rbac logs in/);
    expect(() => loadConfig({ ...upstreams, CSE_AUTH: 'yes' })).toThrow(/CSE_AUTH must be one of none, rbac, got "yes"/);
    expect(() => loadConfig({ EMULATOR_REGISTRY: 'eureka' })).toThrow(/EMULATOR_REGISTRY must be one of reference, servicecomb/);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a port number (1-65535, or 0 for any free port), got "abc"'],
    [{ PORT: '70000' }, 'PORT must be a port number (1-65535, or 0 for any free port), got "70000"'],
    [{ PORT: '-1' }, 'PORT must be a port number (1-65535, or 0 for any free port), got "-1"'],
    [{ EMULATOR_PORT: '4.5' }, 'EMULATOR_PORT must be a port number (1-65535, or 0 for any free port), got "4.5"'],
    [{ UPSTREAM_TIMEOUT_MS: '10s' }, 'UPSTREAM_TIMEOUT_MS must be a duration in milliseconds (a whole number of at least 1), got "10s"'],
    [{ CSE_TIMEOUT_MS: '0' }, 'CSE_TIMEOUT_MS must be a duration in milliseconds (a whole number of at least 1), got "0"'],
    [{ ALLOWED_HOSTS: 'https://gw.example.com' }, 'ALLOWED_HOSTS must be comma-separated host names without scheme or port (e.g. gw.example.com,.example.com), got "https://gw.example.com"'],
    [{ SHUTDOWN_GRACE_MS: '-5' }, 'SHUTDOWN_GRACE_MS must be a duration in milliseconds (a whole number of at least 0), got "-5"'],
    [{ UPSTREAM_RETRIES: '9' }, 'UPSTREAM_RETRIES must be a whole number from 0 to 5, got "9"'],
    [{ BREAKER_ERROR_PERCENT: '0' }, 'BREAKER_ERROR_PERCENT must be a whole number from 1 to 100, got "0"'],
    [{ MAX_TOKENS: '5' }, 'MAX_TOKENS must be a whole number of at least 10, got "5"'],
    [{ MAX_BODY_BYTES: '1e6' }, 'MAX_BODY_BYTES must be a whole number of at least 1024, got "1e6"'],
    [{ CAS_URL: 'cas.example', CSE_URL: 'http://cse', IAM_URL: 'http://iam', PROJECT_ID: 'p' }, 'CAS_URL must be an http:// or https:// URL, got "cas.example"'],
    [{ CAS_URL: 'ftp://cas', CSE_URL: 'http://cse', IAM_URL: 'http://iam', PROJECT_ID: 'p' }, 'CAS_URL must be an http:// or https:// URL, got "ftp://cas"'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL, got "localhost:6379"'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of debug, info, warn, error, got "verbose"'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV must be one of development, production, test, got "prod"'],
    [{ CREDENTIALS_MODE: 'token' }, 'CREDENTIALS_MODE must be one of passthrough, service-account, got "token"'],
    [{ INTROSPECTION: 'yes' }, 'INTROSPECTION must be one of true, false, got "yes"'],
    [{ EMULATOR: 'on' }, 'EMULATOR must be "embedded" or unset, got "on"'],
    [{ WORKERS: 'zero' }, 'WORKERS must be a number of workers from 1 to 64 or "auto", got "zero"'],
    [{ WORKERS: '65' }, 'WORKERS must be a number of workers from 1 to 64 or "auto", got "65"'],
    [{ UPSTREAM_CA_FILE: '/nonexistent/ca.pem' }, 'UPSTREAM_CA_FILE names a file that cannot be read: /nonexistent/ca.pem (ENOENT)'],
  ])('should refuse %j with a message in words', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it('should name the --workers flag when the flag is wrong, in either spelling', () => {
    expect(problems({}, ['--workers', 'zero'])).toEqual(['--workers must be a number of workers from 1 to 64 or "auto", got "zero"']);
    expect(problems({}, ['--workers=0'])).toEqual(['--workers must be a number of workers from 1 to 64 or "auto", got "0"']);
    expect(problems({}, ['--workers'])).toEqual(['--workers must be a number of workers from 1 to 64 or "auto", got ""']);
  });

  it('should take workers from the flag over WORKERS, and auto as one per core', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: '3' }, ['--workers', '2']).workers).toBe(2);
    expect(loadConfig({}, ['--workers=auto']).workers).toBe(availableParallelism());
  });

  it('should report every problem at once, WORKERS included', () => {
    expect(problems({ PORT: 'abc', WORKERS: 'zero', LOG_LEVEL: 'verbose', NODE_ENV: 'prod', MAX_DEPTH: 'deep' })).toEqual([
      'PORT must be a port number (1-65535, or 0 for any free port), got "abc"',
      'MAX_DEPTH must be a whole number of at least 1, got "deep"',
      'LOG_LEVEL must be one of debug, info, warn, error, got "verbose"',
      'NODE_ENV must be one of development, production, test, got "prod"',
      'WORKERS must be a number of workers from 1 to 64 or "auto", got "zero"',
    ]);
  });

  it('should ask for the upstream URLs together', () => {
    expect(problems({ CAS_URL: 'http://cas' })).toEqual([
      'CSE_URL is missing: set CAS_URL, CSE_URL and IAM_URL together (CAS_URL is set), or none of them to run the embedded emulator',
      'IAM_URL is missing: set CAS_URL, CSE_URL and IAM_URL together (CAS_URL is set), or none of them to run the embedded emulator',
    ]);
    expect(problems({ ...upstreams, PROJECT_ID: '' })).toEqual(['PROJECT_ID is missing: real upstreams need the project id used in application management paths']);
  });

  it('should refuse production without upstreams unless the embedded emulator is asked for', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'NODE_ENV is "production" but no upstream is configured: set CAS_URL, CSE_URL, IAM_URL and PROJECT_ID, or EMULATOR=embedded to serve the emulator\'s demo data on purpose',
    ]);
    const embedded = loadConfig({ NODE_ENV: 'production', EMULATOR: 'embedded' });
    expect(embedded).toMatchObject({ production: true, endpoints: undefined });
    expect(embedded.limits.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...upstreams }).endpoints?.casUrl).toBe('http://cas.example');
  });

  it('should refuse EMULATOR=embedded next to upstream URLs', () => {
    expect(problems({ EMULATOR: 'embedded', ...upstreams })).toEqual(['EMULATOR is "embedded", which runs the emulator in place of upstreams, but CAS_URL, CSE_URL and IAM_URL are set: unset EMULATOR or the URLs']);
  });

  it('should ask for the whole service account', () => {
    const message = 'is missing: CREDENTIALS_MODE=service-account logs in with IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME';
    expect(problems({ CREDENTIALS_MODE: 'service-account', IAM_USER: 'u' })).toEqual([`IAM_DOMAIN ${message}`, `IAM_PASSWORD ${message}`, `PROJECT_NAME ${message}`]);
    expect(problems({ IAM_USER: 'u', IAM_PASSWORD: 'p' })).toEqual([
      'IAM_DOMAIN is missing: a service account needs IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME together (IAM_USER, IAM_PASSWORD set)',
      'PROJECT_NAME is missing: a service account needs IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME together (IAM_USER, IAM_PASSWORD set)',
    ]);
    expect(loadConfig({ IAM_DOMAIN: 'd', IAM_USER: 'u', IAM_PASSWORD: 'p', PROJECT_NAME: 'n' }).credentialsMode).toBe('service-account');
  });

  it('should count an empty variable as unset and read CA files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-test-'));
    writeFileSync(join(dir, 'ca.pem'), 'PEM');
    const config = loadConfig({ PORT: '', LOG_LEVEL: '', UPSTREAM_CA_FILE: join(dir, 'ca.pem') });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
    expect(config.http.ca).toBe('PEM');
  });

  it('should accept each level, environment and mode it names', () => {
    for (const level of ['debug', 'info', 'warn', 'error'] as const) expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
    expect(loadConfig({ INTROSPECTION: 'false' }).limits.introspection).toBe(false);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });
});
