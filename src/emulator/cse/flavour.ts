/**
 * Which registry the emulator plays. `reference` is ServiceStage's CSE as the reference documents it;
 * `servicecomb` is Apache ServiceComb service-center 2.1 and later as measured side by side with it
 * (registry-behaviour.md, "Apache ServiceComb service-center 2.1 and later"). Each difference of that
 * table is one switch here, so the domain code reads "if the dialect says so" rather than "if servicecomb".
 */
import type { ServiceEnvironment } from '../../wire/cse.js';

export const REGISTRY_FLAVOURS = ['reference', 'servicecomb'] as const;
export type RegistryFlavour = (typeof REGISTRY_FLAVOURS)[number];

export interface Dialect {
  flavour: RegistryFlavour;
  /** What a missing or empty environment means: development (reference Table 6-10) or its own environment "". */
  defaultEnvironment: ServiceEnvironment;
  /** Find and batch find filter by the version rule (reference) or answer every version (service-center 2.1+). */
  versionRulesInFind: boolean;
  /** A service created without a version gets this one; undefined: the version is required (400001). */
  defaultVersion: string | undefined;
  /** An instance must have at least one endpoint. */
  endpointsRequired: boolean;
  /** Re-registering an existing instanceId replaces the record (reference) or only renews its lease. */
  reRegisterReplaces: boolean;
  /** An instance registered without instanceId and with the endpoints of an existing one gets that one's id. */
  sameEndpointsSameId: boolean;
  /** Schemas may not be added or changed in production (§6.2.1). */
  schemaEnvironmentRule: boolean;
  /** A dependency provider may be "*" (every service). */
  starProviders: boolean;
  /** PUT /registry/heartbeats, POST /registry/dependencies and GET .../consumers exist. */
  extraRoutes: boolean;
  /** /v3/{project}/configuration/items is served at the registry's address. */
  configCenter: boolean;
  /** Empty environment, schemas and framework are left out; an empty list answers {}; batch deletes come back in another order. */
  sparseShapes: boolean;
  /** errorMessage reads "Message(detail)" rather than the bare message. */
  detailInMessage: boolean;
}

export const DIALECTS: Record<RegistryFlavour, Dialect> = {
  reference: {
    flavour: 'reference',
    defaultEnvironment: 'development',
    versionRulesInFind: true,
    defaultVersion: undefined,
    endpointsRequired: true,
    reRegisterReplaces: true,
    sameEndpointsSameId: true,
    schemaEnvironmentRule: true,
    starProviders: true,
    extraRoutes: false,
    configCenter: true,
    sparseShapes: false,
    detailInMessage: false,
  },
  servicecomb: {
    flavour: 'servicecomb',
    defaultEnvironment: '',
    versionRulesInFind: false,
    defaultVersion: '0.0.1',
    endpointsRequired: false,
    reRegisterReplaces: false,
    sameEndpointsSameId: false,
    schemaEnvironmentRule: false,
    starProviders: false,
    extraRoutes: true,
    configCenter: false,
    sparseShapes: true,
    detailInMessage: true,
  },
};

export function isRegistryFlavour(v: string): v is RegistryFlavour {
  return (REGISTRY_FLAVOURS as readonly string[]).includes(v);
}
