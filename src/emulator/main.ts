/** `npm run emulator`: the ServiceStage emulator on its own. */
import { startEmulator } from './index.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT, PROJECTS } from './tenancy.js';
import { isRegistryFlavour, REGISTRY_FLAVOURS } from './cse/flavour.js';
import { RBAC_ACCOUNT } from './cse/rbac.js';

/** Every problem of its variables at once, in the gateway's words (src/config.ts), then exit 1. */
const problems: string[] = [];

function wholeFromEnv(name: string, fallback: number, min: number, what: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || (name === 'EMULATOR_PORT' && n > 65535)) problems.push(`${name} must be ${what}, got "${raw}"`);
  return n;
}

function choiceFromEnv<T extends string>(name: string, allowed: readonly T[], fallback: T, is: (v: string) => v is T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!is(raw)) problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return is(raw) ? raw : fallback;
}

const AUTH_MODES = ['none', 'rbac'] as const;
const port = wholeFromEnv('EMULATOR_PORT', 4100, 0, 'a port number (1-65535, or 0 for any free port)');
const jobStepMs = wholeFromEnv('EMULATOR_JOB_STEP_MS', 500, 1, 'a duration in milliseconds (a whole number of at least 1)');
const registryLagMs = wholeFromEnv('EMULATOR_REGISTRY_LAG_MS', 0, 0, 'a duration in milliseconds (a whole number)');
const registry = choiceFromEnv('EMULATOR_REGISTRY', REGISTRY_FLAVOURS, 'reference', isRegistryFlavour);
const cseAuth = choiceFromEnv('EMULATOR_CSE_AUTH', AUTH_MODES, 'none', (v): v is (typeof AUTH_MODES)[number] => (AUTH_MODES as readonly string[]).includes(v));
const host = process.env.EMULATOR_HOST || '127.0.0.1';
const demo = process.env.EMULATOR_DEMO || 'true';
if (demo !== 'true' && demo !== 'false') problems.push(`EMULATOR_DEMO must be one of true, false, got "${demo}"`);
if (problems.length > 0) {
  console.error(`Invalid configuration (${problems.length === 1 ? 'one problem' : `${problems.length} problems`}); change these and start again:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}

const emulator = await startEmulator({ port, host, demo: demo === 'true', jobStepMs, registry, cseAuth, registryLagMs }).catch((err: NodeJS.ErrnoException) => {
  // One line naming the setting, as the gateway's start-up failures (src/ops/startup-failure.ts).
  if (err.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use (EMULATOR_PORT=${port}): stop what listens there, or set EMULATOR_PORT to a free port (0 picks one).`);
  else console.error(`Cannot listen on ${host}:${port} (${err.code ?? err.message}): check EMULATOR_PORT and EMULATOR_HOST.`);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});

console.log(`ServiceStage emulator listening on ${emulator.url}
  application management: ${emulator.url}/v2/{project_id}/cas/...
  registry:               ${emulator.url}/v4/default/registry/...
  registry flavour:       ${registry}${cseAuth === 'rbac' ? `, security authentication on (POST ${emulator.url}/v4/token with {"name": "${RBAC_ACCOUNT.name}", "password": "${RBAC_ACCOUNT.password}"})` : ''}
  config center:          ${registry === 'servicecomb' ? 'none (service-center has none; /v3 answers 404)' : `${emulator.url}/v3/default/configuration/items`}
  IAM token:              POST ${emulator.url}/v3/auth/tokens
  control:                ${emulator.url}/__emulator/info
demo login: domain ${DEMO_DOMAIN.name}, user ${DEMO_USER.name}, password ${DEMO_USER.password}
projects: ${PROJECTS.map((p) => `${p.name} (${p.id})`).join(', ')}; default ${DEFAULT_PROJECT.name}`);

const shutdown = () => {
  void emulator.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
