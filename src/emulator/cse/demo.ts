/**
 * The registry's part of the demo data set. It runs after the CAS demo, whose running `cse` component
 * instances have already registered their microservices (registerBy PLATFORM); it adds schemas, tags,
 * properties and dependencies to those, standalone SDK-registered services with instances the emulator
 * heartbeats itself (one in production), and config items.
 */
import { createHash } from 'node:crypto';
import type { Registry } from './registry.js';
import type { MicroService, MicroServiceInstance, ServiceEnvironment } from '../../wire/cse.js';

/** The standalone services of the main demo (appId and names chosen not to look like CAS components). */
export const DEMO_SDK_APP = 'risk-control';

export function seedRegistryDemo(registry: Registry, variant: 'main' | 'small'): void {
  if (variant === 'small') seedSmall(registry);
  else seedMain(registry);
}

function seedMain(registry: Registry): void {
  const fraud20 = sdkService(registry, { serviceName: 'fraud-check', version: '2.0.0', description: 'Scores payments for fraud risk.' }, 1);
  const fraud21 = sdkService(
    registry,
    { serviceName: 'fraud-check', version: '2.1.0', description: 'Scores payments for fraud risk, with device fingerprints.' },
    2,
    { team: 'risk', tier: 'gold' },
  );
  const ledger = sdkService(
    registry,
    { serviceName: 'ledger', version: '1.4.2', environment: 'production', description: 'Double-entry ledger of settled payments.', schemas: ['ledger.LedgerApi'] },
    2,
    { team: 'finance', tier: 'platinum' },
  );
  for (const id of [fraud20, fraud21]) addSchema(registry, id, 'fraud.FraudCheckApi', 'fraud-check', ['/score', '/rules']);
  // Declared at creation, so production accepts its first content (schemas.ts).
  addSchema(registry, ledger, 'ledger.LedgerApi', 'ledger', ['/entries', '/balances']);
  registry.putDependencies({
    dependencies: [
      {
        consumer: { environment: 'development', appId: DEMO_SDK_APP, serviceName: 'fraud-check', version: '2.1.0' },
        providers: [{ environment: 'production', appId: DEMO_SDK_APP, serviceName: 'ledger', version: '1.0.0+' }],
      },
    ],
  });

  // The microservices the CAS demo's running instances registered.
  const platform = registry.listServices().filter((s) => s.registerBy === 'PLATFORM');
  for (const s of platform) {
    const id = s.serviceId!;
    registry.updateServiceProperties(id, { properties: { application: s.appId, owner: 'demo', allowCrossApp: 'false' } });
    registry.addTags(id, { platform: 'servicestage', app: s.appId });
    if (s.environment !== 'production') addSchema(registry, id, `${s.serviceName}.RestApi`, s.serviceName, ['/health', `/${s.serviceName}`]);
  }
  const chain = chainDependencies(platform);
  // PUT /registry/dependencies takes 1-100 entries (Table 5-15).
  for (let i = 0; i < chain.length; i += 100) registry.putDependencies({ dependencies: chain.slice(i, i + 100) });

  registry.config.set('development', `fraud-check@${DEMO_SDK_APP}`, { 'timeout.ms': '3000', 'retry.max': '2', 'log.level': 'INFO' });
  registry.config.set('development', `fraud-check@${DEMO_SDK_APP}#2.1.0`, { 'feature.deviceFingerprint': 'true', 'score.threshold': '0.82' });
  registry.config.set('', `fraud-check@${DEMO_SDK_APP}`, { 'log.level': 'WARN' });
  registry.config.set('production', `ledger@${DEMO_SDK_APP}`, { 'settlement.cutoff': '23:00' });
  const first = platform[0];
  if (first) {
    registry.config.set(first.environment ?? 'development', `${first.serviceName}@${first.appId}`, { 'log.level': 'DEBUG', 'cache.ttl.s': '60' });
    registry.config.set(first.environment ?? 'development', `${first.serviceName}@${first.appId}#${first.version}`, { 'feature.beta': 'true' });
  }
}

function seedSmall(registry: Registry): void {
  const id = registry.createService({
    service: {
      appId: 'team-b-tools',
      serviceName: 'inventory-sync',
      version: '1.0.0',
      environment: 'development',
      registerBy: 'SDK',
      level: 'MIDDLE',
      description: 'Copies stock levels from the warehouse system.',
      framework: { name: 'ServiceComb-Java-Chassis', version: '2.8.3' },
    },
    tags: { team: 'b' },
  });
  registry.registerInstance(id, { instance: demoInstance('inventory-sync', 1, '172.16.4.21', 8080) }, { managed: true });
  addSchema(registry, id, 'inventory.SyncApi', 'inventory-sync', ['/sync']);
  registry.config.set('development', 'inventory-sync@team-b-tools', { 'batch.size': '500' });
}

/** Creates an SDK-registered service of the demo app with `count` heartbeating instances. */
function sdkService(
  registry: Registry,
  fields: Pick<MicroService, 'serviceName' | 'version' | 'description'> & { environment?: ServiceEnvironment; schemas?: string[] },
  count: number,
  tags: Record<string, string> = {},
): string {
  const id = registry.createService({
    service: {
      appId: DEMO_SDK_APP,
      environment: 'development',
      level: 'BACK',
      registerBy: 'SDK',
      framework: { name: 'ServiceComb-Java-Chassis', version: '2.8.3' },
      properties: { region: 'cn-north-4', allowCrossApp: 'true' },
      ...fields,
    },
    tags,
  });
  const base = createHash('sha1').update(`${fields.serviceName}/${fields.version}`).digest();
  for (let n = 1; n <= count; n++) {
    registry.registerInstance(id, { instance: demoInstance(fields.serviceName, n, `192.168.${base[0]! % 200}.${10 + n}`, 8080) }, { managed: true });
  }
  return id;
}

function demoInstance(serviceName: string, n: number, ip: string, port: number): MicroServiceInstance {
  return {
    hostName: `${serviceName}-${n}`,
    endpoints: [`rest:${ip}:${port}`, `highway:${ip}:${port + 1000}`],
    status: 'UP',
    properties: { zone: n % 2 === 0 ? 'cn-north-4b' : 'cn-north-4a' },
    dataCenterInfo: { name: 'dc1', region: 'cn-north-4', availableZone: n % 2 === 0 ? 'cn-north-4b' : 'cn-north-4a' },
  };
}

/** A small swagger 2.0 YAML (well under the 2048-byte limit of Table 6-18) with a summary derived from it. */
function addSchema(registry: Registry, serviceId: string, schemaId: string, title: string, paths: string[]): void {
  const schema = swagger(title, paths);
  const summary = createHash('sha256').update(schema).digest('hex').slice(0, 32);
  registry.putSchema(serviceId, schemaId, { schema, summary });
}

export function swagger(title: string, paths: string[]): string {
  const ops = paths
    .map(
      (p) =>
        `  ${p}:\n    get:\n      operationId: "get${p.replace(/[^a-zA-Z0-9]/g, '')}"\n      produces:\n      - "application/json"\n      responses:\n        200:\n          description: "response of 200"\n          schema:\n            type: "string"\n`,
    )
    .join('');
  return `---\nswagger: "2.0"\ninfo:\n  version: "1.0.0"\n  title: "swagger definition for ${title}"\nbasePath: "/${title}"\nconsumes:\n- "application/json"\nproduces:\n- "application/json"\npaths:\n${ops}`;
}

/**
 * Within each environment and application, every version of a service depends on the latest version
 * of the next service name (in name order), so providers are not empty; the first service also uses
 * the demo's fraud-check.
 */
function chainDependencies(platform: MicroService[]) {
  const groups = new Map<string, MicroService[]>();
  for (const s of platform) {
    const key = `${s.environment}/${s.appId}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const dependencies = [];
  for (const services of groups.values()) {
    const names = [...new Set(services.map((s) => s.serviceName))].sort();
    for (const s of services) {
      const next = names[names.indexOf(s.serviceName) + 1];
      const providers: { environment?: ServiceEnvironment; appId?: string; serviceName: string; version: string }[] = [];
      if (next) providers.push({ serviceName: next, version: 'latest' });
      if (s === platform[0]) providers.push({ environment: 'development', appId: DEMO_SDK_APP, serviceName: 'fraud-check', version: '2.0.0+' });
      if (providers.length > 0) {
        dependencies.push({
          consumer: { environment: s.environment, appId: s.appId, serviceName: s.serviceName, version: s.version },
          providers,
        });
      }
    }
  }
  return dependencies;
}
