/**
 * The upstream error codes the gateway acts on, by name: the registry's (§8.3) and application
 * management's (§8.2). Everything that asks "what does this failure mean" reads them from here.
 */
export const CseCode = {
  INVALID_PARAMETERS: '400001',
  SERVICE_EXISTS: '400010',
  SERVICE_NOT_FOUND: '400012',
  SERVICE_HAS_INSTANCES: '400013',
  UNDEFINED_SCHEMA: '400014',
  SCHEMA_NOT_MODIFIABLE: '400015',
  SCHEMA_NOT_FOUND: '400016',
  INSTANCE_NOT_FOUND: '400017',
  SERVICE_HAS_CONSUMERS: '400023',
  VERSION_NOT_FOUND: '400026',
} as const;

export const CasCode = {
  /** A component is still deployed. */
  COMPONENT_DEPLOYED: 'SVCSTG.00100402',
  /** The instance's version is already used in that environment. */
  VERSION_IN_USE: 'SVCSTG.00100441',
  /** The environment name is taken. */
  ENVIRONMENT_NAME_TAKEN: 'SVCSTG.00100449',
} as const;

/** Registry codes that mean "no such thing" although their HTTP status is 400 (§8.3). */
export const NOT_FOUND_CODES: ReadonlySet<string> = new Set([
  CseCode.SERVICE_NOT_FOUND,
  CseCode.UNDEFINED_SCHEMA,
  CseCode.SCHEMA_NOT_FOUND,
  CseCode.INSTANCE_NOT_FOUND,
  CseCode.VERSION_NOT_FOUND,
]);

/** Answers the reference files under 400 or 404 that are conflicts to the caller (§8.2, §8.3). */
export const CONFLICT_CODES: ReadonlySet<string> = new Set([
  CseCode.SERVICE_EXISTS,
  CseCode.SERVICE_HAS_INSTANCES,
  CseCode.SERVICE_HAS_CONSUMERS,
  CasCode.ENVIRONMENT_NAME_TAKEN,
  CasCode.COMPONENT_DEPLOYED,
  CasCode.VERSION_IN_USE,
]);
