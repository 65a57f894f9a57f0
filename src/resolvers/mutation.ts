/** The Mutation root: every write of the reference. */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { casMutations } from './mutation-cas.js';
import { instanceMutations } from './mutation-instances.js';
import { registryMutations } from './mutation-registry.js';

export const Mutation: MutationResolvers = { ...casMutations, ...instanceMutations, ...registryMutations };
