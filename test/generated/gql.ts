/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BatchFindMicroservices { microservices { serviceName instances { hostName } } }": typeof types.BatchFindMicroservicesDocument,
    "query BatchFindReplicas { applications { nodes { components { nodes { category instances { nodes { microserviceInstances { hostName } } } } } } } }": typeof types.BatchFindReplicasDocument,
    "query BatchFindMicroservices2 { microservices { instances { id hostName } } }": typeof types.BatchFindMicroservices2Document,
    "query BatchFindNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on MicroserviceInstance { hostName } } }": typeof types.BatchFindNodesDocument,
    "query CredentialsEnvironments { environments { totalCount } }": typeof types.CredentialsEnvironmentsDocument,
    "query CredentialsEnvironmentsMicroservices { environments { totalCount } microservices { serviceName } }": typeof types.CredentialsEnvironmentsMicroservicesDocument,
    "query CredentialsEnvironments2 { environments { totalCount } }": typeof types.CredentialsEnvironments2Document,
    "query CredentialsEnvironments3 { environments { totalCount } }": typeof types.CredentialsEnvironments3Document,
    "query CredentialsEnvironments4 { environments { totalCount } }": typeof types.CredentialsEnvironments4Document,
    "query CredentialsEnvironments5 { environments { totalCount } }": typeof types.CredentialsEnvironments5Document,
    "query JobTasksTasks($id: ID!) { job(id: $id) { tasks { name type isStageSeparator stage description } } }": typeof types.JobTasksTasksDocument,
    "query NodeEnvironmentsApplications {\n      environments { nodes { id } }\n      applications { nodes { id components { nodes { id instances { nodes { id lastJob { id } } } } } } }\n      microservices { id instances { id } }\n    }": typeof types.NodeEnvironmentsApplicationsDocument,
    "query NodeNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.NodeNodeDocument,
    "query NodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.NodeNodesDocument,
    "query NodeNode2($id: ID!) { node(id: $id) { id } }": typeof types.NodeNode2Document,
    "query NodeEnvironment($id: ID!) { environment(id: $id) { name } }": typeof types.NodeEnvironmentDocument,
    "query NodeNodeEnvironments($id: ID!) { node(id: $id) { id } environments { totalCount } }": typeof types.NodeNodeEnvironmentsDocument,
    "query QueriesRuntimesFlavors { runtimes { typeName displayName containerDefaultPort description } flavors { flavorId storageSize numCpu memorySize label custom } }": typeof types.QueriesRuntimesFlavorsDocument,
    "query QueriesEnvironments { environments { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id rawId name vpcId chargeMode baseResources { id type } optionalResources { type } createdAt } } } }": typeof types.QueriesEnvironmentsDocument,
    "query QueriesApplications { applications(orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } } }": typeof types.QueriesApplicationsDocument,
    "query QueriesApplications2($after: String) { applications(first: 1, after: $after, orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }": typeof types.QueriesApplications2Document,
    "query QueriesEnvironments2 { environments(orderBy: {field: NAME, direction: DESC}) { nodes { name } } }": typeof types.QueriesEnvironments2Document,
    "query QueriesEnvironments3 { environments(first: 101) { totalCount } }": typeof types.QueriesEnvironments3Document,
    "query QueriesEnvironments4 { environments(after: \"nonsense\") { totalCount } }": typeof types.QueriesEnvironments4Document,
    "query QueriesApplications3 {\n        applications { nodes { id rawId name description creator projectId enterpriseProjectId componentCount createdAt updatedAt\n          configuration { environmentRawId environment { name } env { name value } }\n          microservices { serviceName version }\n          components { totalCount nodes { id rawId name status runtime category subCategory description projectId creator createdAt pipelineIds\n            application { name }\n            build { id parameters }\n            source { __typename ... on ArtifactSource { storage type url auth properties } ... on CodeSource { repoType repoUrl repoRef repoAuth } }\n            microservice { serviceName version }\n            microservices { version }\n            instances { totalCount nodes { id rawId name version description platformType flavorId creator createdAt updatedAt\n              flavor { flavorId numCpu memorySize custom }\n              artifacts { name storage type url auth version }\n              configuration { env { name value internal } strategy raw }\n              externalAccesses { protocol address forwardPort }\n              referResources { id type parameters }\n              status { status replica availableReplica failDetail lastJobId lastJobStatus }\n              component { name }\n              environment { name }\n              lastJob { rawId status isFinished progress taskCount tasks { index name status type } }\n              snapshots { totalCount nodes { version description instanceRawId createdAt } }\n              microserviceInstances { hostName status endpoints version }\n            } }\n          } }\n        } }\n      }": typeof types.QueriesApplications3Document,
    "query QueriesEnvironments5 { environments { nodes { rawId name\n        instances { totalCount nodes { environment { rawId } } }\n        applications { nodes { name components { nodes { instances { nodes { environment { rawId } } } } } } } } } }": typeof types.QueriesEnvironments5Document,
    "query QueriesEnvironmentsApplications { environments { nodes { id rawId } } applications { nodes { id configuration { environmentRawId env { name value } } } } }": typeof types.QueriesEnvironmentsApplicationsDocument,
    "query QueriesApplication($id: ID!, $env: ID) { application(id: $id) { configuration(environmentId: $env) { environmentRawId } } }": typeof types.QueriesApplicationDocument,
    "query QueriesApplications4 { applications { nodes { components { nodes { instances { nodes { lastJob { id rawId status } } } } } } } }": typeof types.QueriesApplications4Document,
    "query QueriesJob($id: ID!) { job(id: $id) { id rawId name type status createdBy projectId instanceRawId taskCount progress isFinished failure { code } tasks { rawId index name type status messages ownerId createdAt lastHealthCheck } } }": typeof types.QueriesJobDocument,
    "query QueriesJob2($id: ID!) { job(id: $id) { rawId } }": typeof types.QueriesJob2Document,
    "query QueriesMicroservices { microservices { id rawId appId serviceName version environment level registerBy schemaIds status alias description\n        framework { name version } paths { path } properties createdAt updatedAt\n        instances { id rawId serviceRawId hostName endpoints status version properties healthCheck { mode interval times } dataCenter { name region availableZone } createdAt\n          microservice { rawId } componentInstance { name version } }\n        schemas { schemaId summary }\n        providers { serviceName }\n        component { name application { name } }\n      } }": typeof types.QueriesMicroservicesDocument,
    "query QueriesMicroservices2($f: MicroserviceFilter) { microservices(filter: $f) { rawId } }": typeof types.QueriesMicroservices2Document,
    "query QueriesMicroservice($id: ID!, $schema: String!) { microservice(id: $id) { serviceName schemas { schemaId summary content } schema(schemaId: $schema) { schemaId summary content } } }": typeof types.QueriesMicroserviceDocument,
    "query QueriesMicroservices3 { microservices { appId serviceName version environment instances { rawId } } }": typeof types.QueriesMicroservices3Document,
    "query QueriesFindMicroserviceInstances($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { revision instances { rawId version } } }": typeof types.QueriesFindMicroserviceInstancesDocument,
    "query QueriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { revision dimensions { dimension items { key value } } } }": typeof types.QueriesConfigurationItemsDocument,
    "query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }": typeof types.UpstreamCallsApplicationsDocument,
    "query UpstreamCallsApplicationsApplications {\n      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }\n      b: applications { nodes { id components { nodes { id } } } }\n    }": typeof types.UpstreamCallsApplicationsApplicationsDocument,
    "query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }": typeof types.UpstreamCallsMicroservicesDocument,
    "query UpstreamCallsMicroservices2 { microservices { id } }": typeof types.UpstreamCallsMicroservices2Document,
    "query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.UpstreamCallsNodesDocument,
    "query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }": typeof types.UpstreamCallsApplications2Document,
    "query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }": typeof types.UpstreamCallsApplicationDocument,
    "query UpstreamCallsEnvironments { environments { nodes { id } } }": typeof types.UpstreamCallsEnvironmentsDocument,
    "query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }": typeof types.UpstreamCallsEnvironmentDocument,
    "query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.CostNodesDocument,
    "query CostApplications { applications { nodes { name components { nodes { name } } } } }": typeof types.CostApplicationsDocument,
    "query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }": typeof types.CostRuntimesMicroservicesDocument,
    "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }": typeof types.JwtCallersMicroservicesDocument,
    "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }": typeof types.TokenExpiryMicroservicesDocument,
};
const documents: Documents = {
    "query BatchFindMicroservices { microservices { serviceName instances { hostName } } }": types.BatchFindMicroservicesDocument,
    "query BatchFindReplicas { applications { nodes { components { nodes { category instances { nodes { microserviceInstances { hostName } } } } } } } }": types.BatchFindReplicasDocument,
    "query BatchFindMicroservices2 { microservices { instances { id hostName } } }": types.BatchFindMicroservices2Document,
    "query BatchFindNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on MicroserviceInstance { hostName } } }": types.BatchFindNodesDocument,
    "query CredentialsEnvironments { environments { totalCount } }": types.CredentialsEnvironmentsDocument,
    "query CredentialsEnvironmentsMicroservices { environments { totalCount } microservices { serviceName } }": types.CredentialsEnvironmentsMicroservicesDocument,
    "query CredentialsEnvironments2 { environments { totalCount } }": types.CredentialsEnvironments2Document,
    "query CredentialsEnvironments3 { environments { totalCount } }": types.CredentialsEnvironments3Document,
    "query CredentialsEnvironments4 { environments { totalCount } }": types.CredentialsEnvironments4Document,
    "query CredentialsEnvironments5 { environments { totalCount } }": types.CredentialsEnvironments5Document,
    "query JobTasksTasks($id: ID!) { job(id: $id) { tasks { name type isStageSeparator stage description } } }": types.JobTasksTasksDocument,
    "query NodeEnvironmentsApplications {\n      environments { nodes { id } }\n      applications { nodes { id components { nodes { id instances { nodes { id lastJob { id } } } } } } }\n      microservices { id instances { id } }\n    }": types.NodeEnvironmentsApplicationsDocument,
    "query NodeNode($id: ID!) { node(id: $id) { __typename id } }": types.NodeNodeDocument,
    "query NodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.NodeNodesDocument,
    "query NodeNode2($id: ID!) { node(id: $id) { id } }": types.NodeNode2Document,
    "query NodeEnvironment($id: ID!) { environment(id: $id) { name } }": types.NodeEnvironmentDocument,
    "query NodeNodeEnvironments($id: ID!) { node(id: $id) { id } environments { totalCount } }": types.NodeNodeEnvironmentsDocument,
    "query QueriesRuntimesFlavors { runtimes { typeName displayName containerDefaultPort description } flavors { flavorId storageSize numCpu memorySize label custom } }": types.QueriesRuntimesFlavorsDocument,
    "query QueriesEnvironments { environments { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id rawId name vpcId chargeMode baseResources { id type } optionalResources { type } createdAt } } } }": types.QueriesEnvironmentsDocument,
    "query QueriesApplications { applications(orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } } }": types.QueriesApplicationsDocument,
    "query QueriesApplications2($after: String) { applications(first: 1, after: $after, orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }": types.QueriesApplications2Document,
    "query QueriesEnvironments2 { environments(orderBy: {field: NAME, direction: DESC}) { nodes { name } } }": types.QueriesEnvironments2Document,
    "query QueriesEnvironments3 { environments(first: 101) { totalCount } }": types.QueriesEnvironments3Document,
    "query QueriesEnvironments4 { environments(after: \"nonsense\") { totalCount } }": types.QueriesEnvironments4Document,
    "query QueriesApplications3 {\n        applications { nodes { id rawId name description creator projectId enterpriseProjectId componentCount createdAt updatedAt\n          configuration { environmentRawId environment { name } env { name value } }\n          microservices { serviceName version }\n          components { totalCount nodes { id rawId name status runtime category subCategory description projectId creator createdAt pipelineIds\n            application { name }\n            build { id parameters }\n            source { __typename ... on ArtifactSource { storage type url auth properties } ... on CodeSource { repoType repoUrl repoRef repoAuth } }\n            microservice { serviceName version }\n            microservices { version }\n            instances { totalCount nodes { id rawId name version description platformType flavorId creator createdAt updatedAt\n              flavor { flavorId numCpu memorySize custom }\n              artifacts { name storage type url auth version }\n              configuration { env { name value internal } strategy raw }\n              externalAccesses { protocol address forwardPort }\n              referResources { id type parameters }\n              status { status replica availableReplica failDetail lastJobId lastJobStatus }\n              component { name }\n              environment { name }\n              lastJob { rawId status isFinished progress taskCount tasks { index name status type } }\n              snapshots { totalCount nodes { version description instanceRawId createdAt } }\n              microserviceInstances { hostName status endpoints version }\n            } }\n          } }\n        } }\n      }": types.QueriesApplications3Document,
    "query QueriesEnvironments5 { environments { nodes { rawId name\n        instances { totalCount nodes { environment { rawId } } }\n        applications { nodes { name components { nodes { instances { nodes { environment { rawId } } } } } } } } } }": types.QueriesEnvironments5Document,
    "query QueriesEnvironmentsApplications { environments { nodes { id rawId } } applications { nodes { id configuration { environmentRawId env { name value } } } } }": types.QueriesEnvironmentsApplicationsDocument,
    "query QueriesApplication($id: ID!, $env: ID) { application(id: $id) { configuration(environmentId: $env) { environmentRawId } } }": types.QueriesApplicationDocument,
    "query QueriesApplications4 { applications { nodes { components { nodes { instances { nodes { lastJob { id rawId status } } } } } } } }": types.QueriesApplications4Document,
    "query QueriesJob($id: ID!) { job(id: $id) { id rawId name type status createdBy projectId instanceRawId taskCount progress isFinished failure { code } tasks { rawId index name type status messages ownerId createdAt lastHealthCheck } } }": types.QueriesJobDocument,
    "query QueriesJob2($id: ID!) { job(id: $id) { rawId } }": types.QueriesJob2Document,
    "query QueriesMicroservices { microservices { id rawId appId serviceName version environment level registerBy schemaIds status alias description\n        framework { name version } paths { path } properties createdAt updatedAt\n        instances { id rawId serviceRawId hostName endpoints status version properties healthCheck { mode interval times } dataCenter { name region availableZone } createdAt\n          microservice { rawId } componentInstance { name version } }\n        schemas { schemaId summary }\n        providers { serviceName }\n        component { name application { name } }\n      } }": types.QueriesMicroservicesDocument,
    "query QueriesMicroservices2($f: MicroserviceFilter) { microservices(filter: $f) { rawId } }": types.QueriesMicroservices2Document,
    "query QueriesMicroservice($id: ID!, $schema: String!) { microservice(id: $id) { serviceName schemas { schemaId summary content } schema(schemaId: $schema) { schemaId summary content } } }": types.QueriesMicroserviceDocument,
    "query QueriesMicroservices3 { microservices { appId serviceName version environment instances { rawId } } }": types.QueriesMicroservices3Document,
    "query QueriesFindMicroserviceInstances($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { revision instances { rawId version } } }": types.QueriesFindMicroserviceInstancesDocument,
    "query QueriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { revision dimensions { dimension items { key value } } } }": types.QueriesConfigurationItemsDocument,
    "query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }": types.UpstreamCallsApplicationsDocument,
    "query UpstreamCallsApplicationsApplications {\n      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }\n      b: applications { nodes { id components { nodes { id } } } }\n    }": types.UpstreamCallsApplicationsApplicationsDocument,
    "query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }": types.UpstreamCallsMicroservicesDocument,
    "query UpstreamCallsMicroservices2 { microservices { id } }": types.UpstreamCallsMicroservices2Document,
    "query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.UpstreamCallsNodesDocument,
    "query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }": types.UpstreamCallsApplications2Document,
    "query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }": types.UpstreamCallsApplicationDocument,
    "query UpstreamCallsEnvironments { environments { nodes { id } } }": types.UpstreamCallsEnvironmentsDocument,
    "query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }": types.UpstreamCallsEnvironmentDocument,
    "query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.CostNodesDocument,
    "query CostApplications { applications { nodes { name components { nodes { name } } } } }": types.CostApplicationsDocument,
    "query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }": types.CostRuntimesMicroservicesDocument,
    "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }": types.JwtCallersMicroservicesDocument,
    "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }": types.TokenExpiryMicroservicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchFindMicroservices { microservices { serviceName instances { hostName } } }"): typeof import('./graphql.js').BatchFindMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchFindReplicas { applications { nodes { components { nodes { category instances { nodes { microserviceInstances { hostName } } } } } } } }"): typeof import('./graphql.js').BatchFindReplicasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchFindMicroservices2 { microservices { instances { id hostName } } }"): typeof import('./graphql.js').BatchFindMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchFindNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on MicroserviceInstance { hostName } } }"): typeof import('./graphql.js').BatchFindNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironments { environments { totalCount } }"): typeof import('./graphql.js').CredentialsEnvironmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironmentsMicroservices { environments { totalCount } microservices { serviceName } }"): typeof import('./graphql.js').CredentialsEnvironmentsMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironments2 { environments { totalCount } }"): typeof import('./graphql.js').CredentialsEnvironments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironments3 { environments { totalCount } }"): typeof import('./graphql.js').CredentialsEnvironments3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironments4 { environments { totalCount } }"): typeof import('./graphql.js').CredentialsEnvironments4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialsEnvironments5 { environments { totalCount } }"): typeof import('./graphql.js').CredentialsEnvironments5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobTasksTasks($id: ID!) { job(id: $id) { tasks { name type isStageSeparator stage description } } }"): typeof import('./graphql.js').JobTasksTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeEnvironmentsApplications {\n      environments { nodes { id } }\n      applications { nodes { id components { nodes { id instances { nodes { id lastJob { id } } } } } } }\n      microservices { id instances { id } }\n    }"): typeof import('./graphql.js').NodeEnvironmentsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeNode($id: ID!) { node(id: $id) { __typename id } }"): typeof import('./graphql.js').NodeNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').NodeNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeNode2($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').NodeNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeEnvironment($id: ID!) { environment(id: $id) { name } }"): typeof import('./graphql.js').NodeEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeNodeEnvironments($id: ID!) { node(id: $id) { id } environments { totalCount } }"): typeof import('./graphql.js').NodeNodeEnvironmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesRuntimesFlavors { runtimes { typeName displayName containerDefaultPort description } flavors { flavorId storageSize numCpu memorySize label custom } }"): typeof import('./graphql.js').QueriesRuntimesFlavorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironments { environments { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id rawId name vpcId chargeMode baseResources { id type } optionalResources { type } createdAt } } } }"): typeof import('./graphql.js').QueriesEnvironmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesApplications { applications(orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } } }"): typeof import('./graphql.js').QueriesApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesApplications2($after: String) { applications(first: 1, after: $after, orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }"): typeof import('./graphql.js').QueriesApplications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironments2 { environments(orderBy: {field: NAME, direction: DESC}) { nodes { name } } }"): typeof import('./graphql.js').QueriesEnvironments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironments3 { environments(first: 101) { totalCount } }"): typeof import('./graphql.js').QueriesEnvironments3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironments4 { environments(after: \"nonsense\") { totalCount } }"): typeof import('./graphql.js').QueriesEnvironments4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesApplications3 {\n        applications { nodes { id rawId name description creator projectId enterpriseProjectId componentCount createdAt updatedAt\n          configuration { environmentRawId environment { name } env { name value } }\n          microservices { serviceName version }\n          components { totalCount nodes { id rawId name status runtime category subCategory description projectId creator createdAt pipelineIds\n            application { name }\n            build { id parameters }\n            source { __typename ... on ArtifactSource { storage type url auth properties } ... on CodeSource { repoType repoUrl repoRef repoAuth } }\n            microservice { serviceName version }\n            microservices { version }\n            instances { totalCount nodes { id rawId name version description platformType flavorId creator createdAt updatedAt\n              flavor { flavorId numCpu memorySize custom }\n              artifacts { name storage type url auth version }\n              configuration { env { name value internal } strategy raw }\n              externalAccesses { protocol address forwardPort }\n              referResources { id type parameters }\n              status { status replica availableReplica failDetail lastJobId lastJobStatus }\n              component { name }\n              environment { name }\n              lastJob { rawId status isFinished progress taskCount tasks { index name status type } }\n              snapshots { totalCount nodes { version description instanceRawId createdAt } }\n              microserviceInstances { hostName status endpoints version }\n            } }\n          } }\n        } }\n      }"): typeof import('./graphql.js').QueriesApplications3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironments5 { environments { nodes { rawId name\n        instances { totalCount nodes { environment { rawId } } }\n        applications { nodes { name components { nodes { instances { nodes { environment { rawId } } } } } } } } } }"): typeof import('./graphql.js').QueriesEnvironments5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironmentsApplications { environments { nodes { id rawId } } applications { nodes { id configuration { environmentRawId env { name value } } } } }"): typeof import('./graphql.js').QueriesEnvironmentsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesApplication($id: ID!, $env: ID) { application(id: $id) { configuration(environmentId: $env) { environmentRawId } } }"): typeof import('./graphql.js').QueriesApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesApplications4 { applications { nodes { components { nodes { instances { nodes { lastJob { id rawId status } } } } } } } }"): typeof import('./graphql.js').QueriesApplications4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesJob($id: ID!) { job(id: $id) { id rawId name type status createdBy projectId instanceRawId taskCount progress isFinished failure { code } tasks { rawId index name type status messages ownerId createdAt lastHealthCheck } } }"): typeof import('./graphql.js').QueriesJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesJob2($id: ID!) { job(id: $id) { rawId } }"): typeof import('./graphql.js').QueriesJob2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMicroservices { microservices { id rawId appId serviceName version environment level registerBy schemaIds status alias description\n        framework { name version } paths { path } properties createdAt updatedAt\n        instances { id rawId serviceRawId hostName endpoints status version properties healthCheck { mode interval times } dataCenter { name region availableZone } createdAt\n          microservice { rawId } componentInstance { name version } }\n        schemas { schemaId summary }\n        providers { serviceName }\n        component { name application { name } }\n      } }"): typeof import('./graphql.js').QueriesMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMicroservices2($f: MicroserviceFilter) { microservices(filter: $f) { rawId } }"): typeof import('./graphql.js').QueriesMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMicroservice($id: ID!, $schema: String!) { microservice(id: $id) { serviceName schemas { schemaId summary content } schema(schemaId: $schema) { schemaId summary content } } }"): typeof import('./graphql.js').QueriesMicroserviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMicroservices3 { microservices { appId serviceName version environment instances { rawId } } }"): typeof import('./graphql.js').QueriesMicroservices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesFindMicroserviceInstances($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { revision instances { rawId version } } }"): typeof import('./graphql.js').QueriesFindMicroserviceInstancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { revision dimensions { dimension items { key value } } } }"): typeof import('./graphql.js').QueriesConfigurationItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }"): typeof import('./graphql.js').UpstreamCallsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsApplicationsApplications {\n      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }\n      b: applications { nodes { id components { nodes { id } } } }\n    }"): typeof import('./graphql.js').UpstreamCallsApplicationsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }"): typeof import('./graphql.js').UpstreamCallsMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsMicroservices2 { microservices { id } }"): typeof import('./graphql.js').UpstreamCallsMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').UpstreamCallsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }"): typeof import('./graphql.js').UpstreamCallsApplications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }"): typeof import('./graphql.js').UpstreamCallsApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsEnvironments { environments { nodes { id } } }"): typeof import('./graphql.js').UpstreamCallsEnvironmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }"): typeof import('./graphql.js').UpstreamCallsEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').CostNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostApplications { applications { nodes { name components { nodes { name } } } } }"): typeof import('./graphql.js').CostApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }"): typeof import('./graphql.js').CostRuntimesMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }"): typeof import('./graphql.js').JwtCallersMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }"): typeof import('./graphql.js').TokenExpiryMicroservicesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
