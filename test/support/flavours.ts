/**
 * The registries the gateway's registry tests run against: ServiceStage's CSE as the reference
 * documents it, and Apache ServiceComb service-center 2.1+ (EMULATOR_REGISTRY=servicecomb). A suite
 * written with `describe.each(FLAVOURS)` runs once per flavour inside one `npm test`.
 */
import type { RegistryFlavour } from '../../src/emulator/cse/flavour.js';

export const FLAVOURS: readonly RegistryFlavour[] = ['reference', 'servicecomb'];
