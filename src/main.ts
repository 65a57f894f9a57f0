/**
 * `npm start`: the gateway, and unless upstream URLs are configured, the embedded ServiceStage
 * emulator with its demo data and the demo account as service account, so GraphiQL works at once.
 */
import { loadConfig, ConfigError, type GatewayConfig } from './config.js';
import { startGateway } from './gateway.js';
import { startEmulator, type RunningEmulator } from './emulator/index.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT } from './emulator/tenancy.js';

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  let emulator: RunningEmulator | undefined;
  if (!config.endpoints) {
    emulator = await startEmulator({ port: config.emulator.port, jobStepMs: config.emulator.jobStepMs });
    config = {
      ...config,
      endpoints: { casUrl: emulator.url, cseUrl: emulator.url, iamUrl: emulator.url, projectId: DEFAULT_PROJECT.id },
      credentialsMode: config.serviceAccount ? config.credentialsMode : 'service-account',
      serviceAccount: config.serviceAccount ?? { domain: DEMO_DOMAIN.name, user: DEMO_USER.name, password: DEMO_USER.password, projectName: DEFAULT_PROJECT.name },
    };
  }

  const gateway = await startGateway(config);
  const lines = [`ServiceStage GraphQL gateway: ${gateway.url}`];
  if (!config.production) lines.push(`  GraphiQL:      ${gateway.url} (open it in a browser)`);
  lines.push(`  WebSocket:     ${gateway.url.replace(/^http/, 'ws')} (graphql-ws)`);
  lines.push(`  credentials:   ${config.credentialsMode}`);
  if (emulator) {
    lines.push(`Embedded ServiceStage emulator: ${emulator.url} (control: ${emulator.url}/__emulator/info)`);
    lines.push(`  demo login:    domain ${DEMO_DOMAIN.name}, user ${DEMO_USER.name}, password ${DEMO_USER.password}, project ${DEFAULT_PROJECT.name} (${DEFAULT_PROJECT.id})`);
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    void gateway
      .stop()
      .then(() => emulator?.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
