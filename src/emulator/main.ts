/** `npm run emulator`: the ServiceStage emulator on its own. */
import { startEmulator } from './index.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT, PROJECTS } from './tenancy.js';
import { isRegistryFlavour, REGISTRY_FLAVOURS } from './cse/flavour.js';
import { RBAC_ACCOUNT } from './cse/rbac.js';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}".`);
    process.exit(2);
  }
  return n;
}

function choiceFromEnv<T extends string>(name: string, allowed: readonly T[], fallback: T, is: (v: string) => v is T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!is(raw)) {
    console.error(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
    process.exit(2);
  }
  return raw;
}

const AUTH_MODES = ['none', 'rbac'] as const;
const registry = choiceFromEnv('EMULATOR_REGISTRY', REGISTRY_FLAVOURS, 'reference', isRegistryFlavour);
const cseAuth = choiceFromEnv('EMULATOR_CSE_AUTH', AUTH_MODES, 'none', (v): v is (typeof AUTH_MODES)[number] => (AUTH_MODES as readonly string[]).includes(v));

const emulator = await startEmulator({
  port: intFromEnv('EMULATOR_PORT', 4100),
  host: process.env.EMULATOR_HOST ?? '127.0.0.1',
  demo: process.env.EMULATOR_DEMO !== 'false',
  jobStepMs: intFromEnv('EMULATOR_JOB_STEP_MS', 500) || 500,
  registry,
  cseAuth,
  registryLagMs: intFromEnv('EMULATOR_REGISTRY_LAG_MS', 0),
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
