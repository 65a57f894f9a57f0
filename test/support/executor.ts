/**
 * The suite runs under both executors (`GRAPHQL_EXECUTOR=graphql-js npm test` in .ci/run); gateways
 * the tests configure by hand take the executor of the run from here. Child processes inherit it.
 */
export const executorEnv = (): Record<string, string> => (process.env.GRAPHQL_EXECUTOR ? { GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR } : {});
