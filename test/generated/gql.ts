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
    "query QueriesNestedBadCursor { environments { nodes { applications(after: \"nonsense\") { totalCount } } } }": typeof types.QueriesNestedBadCursorDocument,
    "query QueriesNestedFirst($first: Int) { applications { nodes { components(first: $first) { totalCount } } } }": typeof types.QueriesNestedFirstDocument,
    "query QueriesNestedEnvironmentId { applications { nodes { components { nodes { instances(environmentId: \"nonsense\") { totalCount } } } } } }": typeof types.QueriesNestedEnvironmentIdDocument,
    "query QueriesWalkAfterBadCursor { environments(after: \"nonsense\") { nodes { applications { nodes { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }": typeof types.QueriesWalkAfterBadCursorDocument,
    "query QueriesEnvironmentsAfterWalk { environments { totalCount } }": typeof types.QueriesEnvironmentsAfterWalkDocument,
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
    "mutation RegistriesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId version environment } }": typeof types.RegistriesCreateDocument,
    "mutation RegistriesRegister($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id hostName version } }": typeof types.RegistriesRegisterDocument,
    "query RegistriesFind($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName version } } }": typeof types.RegistriesFindDocument,
    "subscription RegistriesChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) { type instance { hostName version } }\n}": typeof types.RegistriesChangesDocument,
    "query RegistriesMicroserviceIds { microservices { rawId } }": typeof types.RegistriesMicroserviceIdsDocument,
    "query RegistriesMicroservices { microservices(filter: {serviceName: \"stock\"}) { version instances { version } } }": typeof types.RegistriesMicroservicesDocument,
    "query RegistriesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"envs\", environment: $env}) { rawId instances { hostName } } }": typeof types.RegistriesMicroservices2Document,
    "query RegistriesByKey($k: MicroserviceKeyInput!) { microserviceByKey(key: $k) { id version } }": typeof types.RegistriesByKeyDocument,
    "mutation RegistriesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"stock.api\", content: \"swagger: 2.0\", summary: \"s1\") { schemaId } }": typeof types.RegistriesPutMicroserviceSchemaDocument,
    "query RegistriesSchemaByKey($id: ID!, $s: String!) { microserviceSchemaByKey(microserviceId: $id, schemaId: $s) { schemaId summary } }": typeof types.RegistriesSchemaByKeyDocument,
    "query RegistriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { dimensions { dimension items { key value } } } }": typeof types.RegistriesConfigurationItemsDocument,
    "query RegistriesGuarded { microservices { rawId instances { hostName } } }": typeof types.RegistriesGuardedDocument,
    "query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }": typeof types.UpstreamCallsApplicationsDocument,
    "query UpstreamCallsApplicationsApplications {\n      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }\n      b: applications { nodes { id components { nodes { id } } } }\n    }": typeof types.UpstreamCallsApplicationsApplicationsDocument,
    "query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }": typeof types.UpstreamCallsMicroservicesDocument,
    "query UpstreamCallsMicroservices2 { microservices { id } }": typeof types.UpstreamCallsMicroservices2Document,
    "query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.UpstreamCallsNodesDocument,
    "query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }": typeof types.UpstreamCallsApplications2Document,
    "query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }": typeof types.UpstreamCallsApplicationDocument,
    "query UpstreamCallsEnvironments { environments { nodes { id } } }": typeof types.UpstreamCallsEnvironmentsDocument,
    "query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }": typeof types.UpstreamCallsEnvironmentDocument,
    "subscription FreshPerEventChanges($id: ID) {\n  microserviceInstanceChanges(microserviceId: $id) { type instance { hostName status microservice { properties } } }\n}": typeof types.FreshPerEventChangesDocument,
    "mutation FreshPerEventCreateMicroservice { createMicroservice(input: {appId: \"fresh\", serviceName: \"watched\", version: \"1.0.0\", properties: {tier: \"bronze\"}, instances: [{hostName: \"f-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }": typeof types.FreshPerEventCreateMicroserviceDocument,
    "mutation FreshPerEventUpdateProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {tier: \"gold\"}) { id } }": typeof types.FreshPerEventUpdatePropertiesDocument,
    "mutation FreshPerEventInstanceDown($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }": typeof types.FreshPerEventInstanceDownDocument,
    "subscription InstanceStatusRow($id: ID!) { componentInstanceStatus(id: $id) { name version status { status replica availableReplica lastJobStatus } } }": typeof types.InstanceStatusRowDocument,
    "query InstanceStatusNow($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status replica availableReplica lastJobStatus } } } }": typeof types.InstanceStatusNowDocument,
    "mutation InstanceStatusDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": typeof types.InstanceStatusDeleteDocument,
    "subscription JobProgressEvents($id: ID!) { jobProgress(jobId: $id) { rawId status progress isFinished taskCount tasks { index name status } failure { code detail } } }": typeof types.JobProgressEventsDocument,
    "subscription RegistryChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) {\n    type sequence previousStatus instance { id rawId hostName status version properties }\n  }\n}": typeof types.RegistryChangesDocument,
    "subscription RegistryChangesResumed($id: ID, $after: Int) { microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after) { type sequence instance { hostName } } }": typeof types.RegistryChangesResumedDocument,
    "mutation RegistryChangesScaleComponentInstance($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { jobId } }": typeof types.RegistryChangesScaleComponentInstanceDocument,
    "mutation RegistryChangesScaleComponentInstance2($id: ID!) { scaleComponentInstance(id: $id, replica: 1) { jobId } }": typeof types.RegistryChangesScaleComponentInstance2Document,
    "mutation RegistryChangesDeleteComponentInstance($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": typeof types.RegistryChangesDeleteComponentInstanceDocument,
    "mutation RegistryChangesCreateMicroservice{ createMicroservice(input: {appId: \"ops\", serviceName: \"watched\", version: \"1.0.0\", instances: [{hostName: \"w-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }": typeof types.RegistryChangesCreateMicroserviceDocument,
    "mutation RegistryChangesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }": typeof types.RegistryChangesUpdateMicroserviceInstanceStatusDocument,
    "mutation RegistryChangesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {color: \"blue\"}) { id } }": typeof types.RegistryChangesUpdateMicroserviceInstancePropertiesDocument,
    "mutation RegistryChangesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }": typeof types.RegistryChangesDeregisterMicroserviceInstanceDocument,
    "mutation RegistryChangesCreateMicroservice2{ createMicroservice(input: {appId: \"ops\", serviceName: \"resumable\", version: \"1.0.0\"}) { id } }": typeof types.RegistryChangesCreateMicroservice2Document,
    "mutation RegistryChangesRegisterMicroserviceInstance($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }": typeof types.RegistryChangesRegisterMicroserviceInstanceDocument,
    "mutation RegistryChangesCreateMicroservice3{ createMicroservice(input: {appId: \"ops\", serviceName: \"mortal\", version: \"2.0\"}) { id } }": typeof types.RegistryChangesCreateMicroservice3Document,
    "mutation RegistryChangesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"m-1\", endpoints: [\"rest:10.0.0.2:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}}) { id } }": typeof types.RegistryChangesRegisterMicroserviceInstance2Document,
    "mutation RegistryChangesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { id } }": typeof types.RegistryChangesSendMicroserviceInstanceHeartbeatDocument,
    "query RegistryChangesMicroservices { microservices(filter: {serviceName: \"watched\"}) { id } }": typeof types.RegistryChangesMicroservicesDocument,
    "mutation CasWritesCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name alias description } }": typeof types.CasWritesCreateEnvironmentDocument,
    "mutation CasWritesDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }": typeof types.CasWritesDeleteEnvironmentDocument,
    "mutation CasWritesDeleteComponent($id: ID!, $force: Boolean) { deleteComponent(id: $id, force: $force) { deletedId } }": typeof types.CasWritesDeleteComponentDocument,
    "mutation CasWritesDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }": typeof types.CasWritesDeleteApplicationDocument,
    "mutation CasWritesUpdateEnvironment($id: ID!) { updateEnvironment(id: $id, input: {alias: \"A\", description: \"first\"}) { name alias description } }": typeof types.CasWritesUpdateEnvironmentDocument,
    "mutation CasWritesModifyResources($id: ID!) { modifyEnvironmentResources(id: $id, input: {addBaseResources: [{id: \"ecs-1\", type: \"ecs\"}], addOptionalResources: [{id: \"default\", type: \"cse\"}], removeResources: [{id: \"cce-1\", type: \"cce\"}]}) { baseResources { id type } optionalResources { id type } } }": typeof types.CasWritesModifyResourcesDocument,
    "mutation CasWritesUpdateTwice($id: ID!) { a: updateEnvironment(id: $id, input: {description: \"one\"}) { description } b: updateEnvironment(id: $id, input: {description: \"two\"}) { description } }": typeof types.CasWritesUpdateTwiceDocument,
    "mutation CasWritesCreateTwo { a: createApplication(input: {name: \"fresh-a\"}) { name } b: createApplication(input: {name: \"fresh-b\"}) { name } }": typeof types.CasWritesCreateTwoDocument,
    "query CasWritesApplications { applications { nodes { id name } } }": typeof types.CasWritesApplicationsDocument,
    "mutation CasWritesRenameApplication($id: ID!) { updateApplication(id: $id, input: {name: \"fresh-c\", description: \"renamed\"}) { name description } }": typeof types.CasWritesRenameApplicationDocument,
    "query CasWritesApplicationsByName { applications(orderBy: {field: NAME, direction: ASC}) { nodes { name } } }": typeof types.CasWritesApplicationsByNameDocument,
    "mutation CasWritesUpdateGhost($id: ID!) { updateEnvironment(id: $id, input: {alias: \"x\"}) { id } }": typeof types.CasWritesUpdateGhostDocument,
    "mutation CasWritesComponentOfGhost($id: ID!) { createComponent(applicationId: $id, input: {name: \"c1\", runtime: \"Java8\", category: COMMON}) { id } }": typeof types.CasWritesComponentOfGhostDocument,
    "mutation CasWritesSetConfiguration($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: \"A\", value: \"1\"}, {name: \"A\", value: \"2\"}, {name: \"b.c\", value: \"3\"}]) { environment { name } env { name value } } }": typeof types.CasWritesSetConfigurationDocument,
    "mutation CasWritesDeleteConfiguration($a: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $e) { name configuration { env { name } } } }": typeof types.CasWritesDeleteConfigurationDocument,
    "mutation CasWritesCreateGoComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"busy-comp\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Go Chassis\"}) { id } }": typeof types.CasWritesCreateGoComponentDocument,
    "mutation CasWritesCobol($a: ID!) { createComponent(applicationId: $a, input: {name: \"cobol-comp\", runtime: \"Cobol\", category: COMMON}) { id } }": typeof types.CasWritesCobolDocument,
    "mutation CasWritesWebComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"web\", runtime: \"Nodejs14\", category: WEBAPP, subCategory: \"Web\", buildParameters: {build_cmd: \"npm run build\"}}) { id build { parameters } } }": typeof types.CasWritesWebComponentDocument,
    "mutation CasWritesUpdateComponent($id: ID!) { updateComponent(id: $id, input: {description: \"the web\", source: {code: {repoType: \"GitHub\", repoUrl: \"https://github.com/example/web.git\", repoAuth: \"gh\"}}}) { description source { ... on CodeSource { repoType repoUrl } } } }": typeof types.CasWritesUpdateComponentDocument,
    "mutation DeployComponent($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId instance { id status { status } } } }": typeof types.DeployComponentDocument,
    "mutation CreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }": typeof types.CreateEnvironmentDocument,
    "mutation CreateApplication($n: String!) { createApplication(input: {name: $n}) { id } }": typeof types.CreateApplicationDocument,
    "mutation CreateComponent($a: ID!, $in: CreateComponentInput!) { createComponent(applicationId: $a, input: $in) { id } }": typeof types.CreateComponentDocument,
    "mutation InstanceWritesScale($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }": typeof types.InstanceWritesScaleDocument,
    "mutation InstanceWritesDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": typeof types.InstanceWritesDeleteDocument,
    "query InstanceWritesInstances($c: ID!) { node(id: $c) { ... on Component { instances { nodes { id name } } } } }": typeof types.InstanceWritesInstancesDocument,
    "mutation InstanceWritesRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"9.9.9\") { jobId } }": typeof types.InstanceWritesRollbackDocument,
    "mutation InstanceWritesRestart($id: ID!) { restartComponentInstance(id: $id) { jobId } }": typeof types.InstanceWritesRestartDocument,
    "query InstanceWritesJob($id: ID!) { job(id: $id) { status isFinished failure { code detail } tasks { status message { code detail } } } }": typeof types.InstanceWritesJobDocument,
    "query InstanceWritesStatus($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status failDetail lastJobStatus } } } }": typeof types.InstanceWritesStatusDocument,
    "fragment LifecycleInstance on ComponentInstance { id name version status { status replica availableReplica lastJobStatus failDetail }\n  microserviceInstances { hostName version status }\n  snapshots { nodes { version } } }": typeof types.LifecycleInstanceFragmentDoc,
    "fragment LifecyclePayload on ComponentInstancePayload { jobId job { rawId status type } instance { ...LifecycleInstance } }": typeof types.LifecyclePayloadFragmentDoc,
    "query LifecycleInstance($id: ID!) { node(id: $id) { ...LifecycleInstance } }": typeof types.LifecycleInstanceDocument,
    "query LifecycleJob($job: ID!) { job(id: $job) { status isFinished progress tasks { status } } }": typeof types.LifecycleJobDocument,
    "mutation LifecycleCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name vpcId baseResources { id type } optionalResources { type } } }": typeof types.LifecycleCreateEnvironmentDocument,
    "mutation LifecycleCreateApplication { createApplication(input: {name: \"life-app\", description: \"one life\"}) { id name description componentCount } }": typeof types.LifecycleCreateApplicationDocument,
    "mutation LifecycleCreateComponent($app: ID!) { createComponent(applicationId: $app, input: {name: \"life-svc\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Java Chassis\",\n          source: {artifact: {url: \"obs://bucket/life.jar\", bucket: \"bucket\", key: \"life.jar\"}}}) { id name category subCategory application { name componentCount }\n          source { ... on ArtifactSource { url storage type } } } }": typeof types.LifecycleCreateComponentDocument,
    "mutation LifecycleDeploy($comp: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $comp, input: $in) { ...LifecyclePayload } }": typeof types.LifecycleDeployDocument,
    "mutation LifecycleScale($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { ...LifecyclePayload } }": typeof types.LifecycleScaleDocument,
    "mutation LifecycleStop($id: ID!) { stopComponentInstance(id: $id) { ...LifecyclePayload } }": typeof types.LifecycleStopDocument,
    "mutation LifecycleStart($id: ID!) { startComponentInstance(id: $id) { ...LifecyclePayload } }": typeof types.LifecycleStartDocument,
    "mutation LifecycleRestart($id: ID!) { restartComponentInstance(id: $id) { ...LifecyclePayload } }": typeof types.LifecycleRestartDocument,
    "mutation LifecycleUpgrade($id: ID!) { upgradeComponentInstance(id: $id, input: {version: \"1.1.0\", artifacts: [{name: \"life-svc\", storage: \"swr\", type: \"image\", url: \"swr.example.com/ns/life:1.1.0\"}]}) { ...LifecyclePayload } }": typeof types.LifecycleUpgradeDocument,
    "mutation LifecycleRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"1.0.0\") { ...LifecyclePayload } }": typeof types.LifecycleRollbackDocument,
    "mutation LifecycleDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId job { type } instance { status { status } } } }": typeof types.LifecycleDeleteDocument,
    "query LifecycleGone($id: ID!) { node(id: $id) { id } }": typeof types.LifecycleGoneDocument,
    "query LifecycleRegistry { microservices(filter: {serviceName: \"life-svc\"}) { instances { hostName } } }": typeof types.LifecycleRegistryDocument,
    "mutation LifecycleDeleteComponent($id: ID!) { deleteComponent(id: $id) { deletedId } }": typeof types.LifecycleDeleteComponentDocument,
    "mutation LifecycleDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }": typeof types.LifecycleDeleteApplicationDocument,
    "mutation LifecycleDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }": typeof types.LifecycleDeleteEnvironmentDocument,
    "query LifecycleLeft { environments { totalCount } applications { totalCount } }": typeof types.LifecycleLeftDocument,
    "mutation RegistryWritesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId appId serviceName version environment level registerBy properties instances { hostName } } }": typeof types.RegistryWritesCreateDocument,
    "mutation RegistryWritesUpdateMicroserviceProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {owner: \"b\"}) { properties } }": typeof types.RegistryWritesUpdateMicroservicePropertiesDocument,
    "mutation RegistryWritesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"swagger: 2.0\", summary: \"v1\") { schemaId summary content } }": typeof types.RegistryWritesPutMicroserviceSchemaDocument,
    "query RegistryWritesMicroservice($id: ID!) { microservice(id: $id) { schemaIds schemas { schemaId summary content } } }": typeof types.RegistryWritesMicroserviceDocument,
    "mutation RegistryWritesPutMicroserviceSchema2($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"first\") { schemaId } }": typeof types.RegistryWritesPutMicroserviceSchema2Document,
    "mutation RegistryWritesPutMicroserviceSchema3($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }": typeof types.RegistryWritesPutMicroserviceSchema3Document,
    "mutation RegistryWritesPutMicroserviceSchema4($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }": typeof types.RegistryWritesPutMicroserviceSchema4Document,
    "mutation RegistryWritesPutMicroserviceSchema5($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"other.api\", content: \"x\") { schemaId } }": typeof types.RegistryWritesPutMicroserviceSchema5Document,
    "mutation RegistryWritesSetDependencies{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"orders\", version: \"1.0.0\"}, providers: [{serviceName: \"payments\", version: \"2.0.0+\"}, {serviceName: \"future\", version: \"latest\"}]}]) { serviceName providers { serviceName version } } }": typeof types.RegistryWritesSetDependenciesDocument,
    "mutation RegistryWritesSetDependencies2{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"nobody\", version: \"1.0\"}, providers: []}]) { id } }": typeof types.RegistryWritesSetDependencies2Document,
    "mutation RegistryWritesRegisterMicroserviceInstance($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"probe-1\", endpoints: [\"rest:10.0.0.9:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}, dataCenter: {name: \"dc\", region: \"r1\", availableZone: \"az1\"}}) { id hostName status version healthCheck { interval times } dataCenter { region } } }": typeof types.RegistryWritesRegisterMicroserviceInstanceDocument,
    "mutation RegistryWritesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: OUTOFSERVICE) { status } }": typeof types.RegistryWritesUpdateMicroserviceInstanceStatusDocument,
    "mutation RegistryWritesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {zone: \"b\"}) { properties } }": typeof types.RegistryWritesUpdateMicroserviceInstancePropertiesDocument,
    "mutation RegistryWritesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }": typeof types.RegistryWritesSendMicroserviceInstanceHeartbeatDocument,
    "mutation RegistryWritesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }": typeof types.RegistryWritesDeregisterMicroserviceInstanceDocument,
    "mutation RegistryWritesSendMicroserviceInstanceHeartbeat2($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }": typeof types.RegistryWritesSendMicroserviceInstanceHeartbeat2Document,
    "mutation RegistryWritesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"h\", endpoints: [\"e\"]}) { id } }": typeof types.RegistryWritesRegisterMicroserviceInstance2Document,
    "query RegistryWritesMicroservices { microservices(filter: {appId: \"shop\"}) { id rawId serviceName version instances { id } } }": typeof types.RegistryWritesMicroservicesDocument,
    "mutation RegistryWritesDeleteMicroservice($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": typeof types.RegistryWritesDeleteMicroserviceDocument,
    "mutation RegistryWritesDeleteMicroservice2($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": typeof types.RegistryWritesDeleteMicroservice2Document,
    "mutation RegistryWritesDeleteMicroservices($ids: [ID!]!) { deleteMicroservices(ids: $ids) { rawId deleted error } }": typeof types.RegistryWritesDeleteMicroservicesDocument,
    "mutation RegistryWritesDeleteMicroservices2($ids: [ID!]!) { deleteMicroservices(ids: $ids, force: true) { rawId deleted error } }": typeof types.RegistryWritesDeleteMicroservices2Document,
    "query RegistryWritesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"cart\", environment: $env}) { id } }": typeof types.RegistryWritesMicroservices2Document,
    "mutation RegistryWritesDeleteMicroservice3($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": typeof types.RegistryWritesDeleteMicroservice3Document,
    "mutation WriteTimeoutComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"slow\", runtime: \"Java8\", category: COMMON}) { id } }": typeof types.WriteTimeoutComponentDocument,
    "query WriteTimeoutApplications { applications { nodes { name } } }": typeof types.WriteTimeoutApplicationsDocument,
    "query FuzzRealIds { environments { nodes { id } } applications { nodes { id components { nodes { id instances { nodes { id } } } } } } microservices { id instances { id } } }": typeof types.FuzzRealIdsDocument,
    "query ReplicasEnvironmentCount { environments { totalCount } }": typeof types.ReplicasEnvironmentCountDocument,
    "query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.CostNodesDocument,
    "query CostApplications { applications { nodes { name components { nodes { name } } } } }": typeof types.CostApplicationsDocument,
    "query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }": typeof types.CostRuntimesMicroservicesDocument,
    "query IdsPropertyReal { environments { nodes { id rawId } } applications { nodes { id rawId components { nodes { id rawId } } } } microservices { id rawId } }": typeof types.IdsPropertyRealDocument,
    "query IdsRawIds { applications { nodes { rawId } } microservices { rawId } }": typeof types.IdsRawIdsDocument,
    "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }": typeof types.JwtCallersMicroservicesDocument,
    "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }": typeof types.TokenExpiryMicroservicesDocument,
    "mutation ReplicaSceneEnvironment($n: String!) { createEnvironment(input: {name: $n, vpcId: \"v\", baseResources: [{id: \"cce-1\", type: \"cce\"}]}) { id } }": typeof types.ReplicaSceneEnvironmentDocument,
    "mutation ReplicaSceneApplication($n: String!) { createApplication(input: {name: $n}) { id } }": typeof types.ReplicaSceneApplicationDocument,
    "mutation ReplicaSceneComponent($a: ID!, $n: String!) { createComponent(applicationId: $a, input: {name: $n, runtime: \"Java8\", category: COMMON}) { id } }": typeof types.ReplicaSceneComponentDocument,
    "mutation ReplicaDeploy($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }": typeof types.ReplicaDeployDocument,
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
    "query QueriesNestedBadCursor { environments { nodes { applications(after: \"nonsense\") { totalCount } } } }": types.QueriesNestedBadCursorDocument,
    "query QueriesNestedFirst($first: Int) { applications { nodes { components(first: $first) { totalCount } } } }": types.QueriesNestedFirstDocument,
    "query QueriesNestedEnvironmentId { applications { nodes { components { nodes { instances(environmentId: \"nonsense\") { totalCount } } } } } }": types.QueriesNestedEnvironmentIdDocument,
    "query QueriesWalkAfterBadCursor { environments(after: \"nonsense\") { nodes { applications { nodes { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }": types.QueriesWalkAfterBadCursorDocument,
    "query QueriesEnvironmentsAfterWalk { environments { totalCount } }": types.QueriesEnvironmentsAfterWalkDocument,
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
    "mutation RegistriesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId version environment } }": types.RegistriesCreateDocument,
    "mutation RegistriesRegister($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id hostName version } }": types.RegistriesRegisterDocument,
    "query RegistriesFind($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName version } } }": types.RegistriesFindDocument,
    "subscription RegistriesChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) { type instance { hostName version } }\n}": types.RegistriesChangesDocument,
    "query RegistriesMicroserviceIds { microservices { rawId } }": types.RegistriesMicroserviceIdsDocument,
    "query RegistriesMicroservices { microservices(filter: {serviceName: \"stock\"}) { version instances { version } } }": types.RegistriesMicroservicesDocument,
    "query RegistriesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"envs\", environment: $env}) { rawId instances { hostName } } }": types.RegistriesMicroservices2Document,
    "query RegistriesByKey($k: MicroserviceKeyInput!) { microserviceByKey(key: $k) { id version } }": types.RegistriesByKeyDocument,
    "mutation RegistriesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"stock.api\", content: \"swagger: 2.0\", summary: \"s1\") { schemaId } }": types.RegistriesPutMicroserviceSchemaDocument,
    "query RegistriesSchemaByKey($id: ID!, $s: String!) { microserviceSchemaByKey(microserviceId: $id, schemaId: $s) { schemaId summary } }": types.RegistriesSchemaByKeyDocument,
    "query RegistriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { dimensions { dimension items { key value } } } }": types.RegistriesConfigurationItemsDocument,
    "query RegistriesGuarded { microservices { rawId instances { hostName } } }": types.RegistriesGuardedDocument,
    "query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }": types.UpstreamCallsApplicationsDocument,
    "query UpstreamCallsApplicationsApplications {\n      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }\n      b: applications { nodes { id components { nodes { id } } } }\n    }": types.UpstreamCallsApplicationsApplicationsDocument,
    "query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }": types.UpstreamCallsMicroservicesDocument,
    "query UpstreamCallsMicroservices2 { microservices { id } }": types.UpstreamCallsMicroservices2Document,
    "query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.UpstreamCallsNodesDocument,
    "query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }": types.UpstreamCallsApplications2Document,
    "query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }": types.UpstreamCallsApplicationDocument,
    "query UpstreamCallsEnvironments { environments { nodes { id } } }": types.UpstreamCallsEnvironmentsDocument,
    "query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }": types.UpstreamCallsEnvironmentDocument,
    "subscription FreshPerEventChanges($id: ID) {\n  microserviceInstanceChanges(microserviceId: $id) { type instance { hostName status microservice { properties } } }\n}": types.FreshPerEventChangesDocument,
    "mutation FreshPerEventCreateMicroservice { createMicroservice(input: {appId: \"fresh\", serviceName: \"watched\", version: \"1.0.0\", properties: {tier: \"bronze\"}, instances: [{hostName: \"f-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }": types.FreshPerEventCreateMicroserviceDocument,
    "mutation FreshPerEventUpdateProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {tier: \"gold\"}) { id } }": types.FreshPerEventUpdatePropertiesDocument,
    "mutation FreshPerEventInstanceDown($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }": types.FreshPerEventInstanceDownDocument,
    "subscription InstanceStatusRow($id: ID!) { componentInstanceStatus(id: $id) { name version status { status replica availableReplica lastJobStatus } } }": types.InstanceStatusRowDocument,
    "query InstanceStatusNow($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status replica availableReplica lastJobStatus } } } }": types.InstanceStatusNowDocument,
    "mutation InstanceStatusDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": types.InstanceStatusDeleteDocument,
    "subscription JobProgressEvents($id: ID!) { jobProgress(jobId: $id) { rawId status progress isFinished taskCount tasks { index name status } failure { code detail } } }": types.JobProgressEventsDocument,
    "subscription RegistryChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) {\n    type sequence previousStatus instance { id rawId hostName status version properties }\n  }\n}": types.RegistryChangesDocument,
    "subscription RegistryChangesResumed($id: ID, $after: Int) { microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after) { type sequence instance { hostName } } }": types.RegistryChangesResumedDocument,
    "mutation RegistryChangesScaleComponentInstance($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { jobId } }": types.RegistryChangesScaleComponentInstanceDocument,
    "mutation RegistryChangesScaleComponentInstance2($id: ID!) { scaleComponentInstance(id: $id, replica: 1) { jobId } }": types.RegistryChangesScaleComponentInstance2Document,
    "mutation RegistryChangesDeleteComponentInstance($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": types.RegistryChangesDeleteComponentInstanceDocument,
    "mutation RegistryChangesCreateMicroservice{ createMicroservice(input: {appId: \"ops\", serviceName: \"watched\", version: \"1.0.0\", instances: [{hostName: \"w-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }": types.RegistryChangesCreateMicroserviceDocument,
    "mutation RegistryChangesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }": types.RegistryChangesUpdateMicroserviceInstanceStatusDocument,
    "mutation RegistryChangesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {color: \"blue\"}) { id } }": types.RegistryChangesUpdateMicroserviceInstancePropertiesDocument,
    "mutation RegistryChangesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }": types.RegistryChangesDeregisterMicroserviceInstanceDocument,
    "mutation RegistryChangesCreateMicroservice2{ createMicroservice(input: {appId: \"ops\", serviceName: \"resumable\", version: \"1.0.0\"}) { id } }": types.RegistryChangesCreateMicroservice2Document,
    "mutation RegistryChangesRegisterMicroserviceInstance($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }": types.RegistryChangesRegisterMicroserviceInstanceDocument,
    "mutation RegistryChangesCreateMicroservice3{ createMicroservice(input: {appId: \"ops\", serviceName: \"mortal\", version: \"2.0\"}) { id } }": types.RegistryChangesCreateMicroservice3Document,
    "mutation RegistryChangesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"m-1\", endpoints: [\"rest:10.0.0.2:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}}) { id } }": types.RegistryChangesRegisterMicroserviceInstance2Document,
    "mutation RegistryChangesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { id } }": types.RegistryChangesSendMicroserviceInstanceHeartbeatDocument,
    "query RegistryChangesMicroservices { microservices(filter: {serviceName: \"watched\"}) { id } }": types.RegistryChangesMicroservicesDocument,
    "mutation CasWritesCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name alias description } }": types.CasWritesCreateEnvironmentDocument,
    "mutation CasWritesDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }": types.CasWritesDeleteEnvironmentDocument,
    "mutation CasWritesDeleteComponent($id: ID!, $force: Boolean) { deleteComponent(id: $id, force: $force) { deletedId } }": types.CasWritesDeleteComponentDocument,
    "mutation CasWritesDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }": types.CasWritesDeleteApplicationDocument,
    "mutation CasWritesUpdateEnvironment($id: ID!) { updateEnvironment(id: $id, input: {alias: \"A\", description: \"first\"}) { name alias description } }": types.CasWritesUpdateEnvironmentDocument,
    "mutation CasWritesModifyResources($id: ID!) { modifyEnvironmentResources(id: $id, input: {addBaseResources: [{id: \"ecs-1\", type: \"ecs\"}], addOptionalResources: [{id: \"default\", type: \"cse\"}], removeResources: [{id: \"cce-1\", type: \"cce\"}]}) { baseResources { id type } optionalResources { id type } } }": types.CasWritesModifyResourcesDocument,
    "mutation CasWritesUpdateTwice($id: ID!) { a: updateEnvironment(id: $id, input: {description: \"one\"}) { description } b: updateEnvironment(id: $id, input: {description: \"two\"}) { description } }": types.CasWritesUpdateTwiceDocument,
    "mutation CasWritesCreateTwo { a: createApplication(input: {name: \"fresh-a\"}) { name } b: createApplication(input: {name: \"fresh-b\"}) { name } }": types.CasWritesCreateTwoDocument,
    "query CasWritesApplications { applications { nodes { id name } } }": types.CasWritesApplicationsDocument,
    "mutation CasWritesRenameApplication($id: ID!) { updateApplication(id: $id, input: {name: \"fresh-c\", description: \"renamed\"}) { name description } }": types.CasWritesRenameApplicationDocument,
    "query CasWritesApplicationsByName { applications(orderBy: {field: NAME, direction: ASC}) { nodes { name } } }": types.CasWritesApplicationsByNameDocument,
    "mutation CasWritesUpdateGhost($id: ID!) { updateEnvironment(id: $id, input: {alias: \"x\"}) { id } }": types.CasWritesUpdateGhostDocument,
    "mutation CasWritesComponentOfGhost($id: ID!) { createComponent(applicationId: $id, input: {name: \"c1\", runtime: \"Java8\", category: COMMON}) { id } }": types.CasWritesComponentOfGhostDocument,
    "mutation CasWritesSetConfiguration($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: \"A\", value: \"1\"}, {name: \"A\", value: \"2\"}, {name: \"b.c\", value: \"3\"}]) { environment { name } env { name value } } }": types.CasWritesSetConfigurationDocument,
    "mutation CasWritesDeleteConfiguration($a: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $e) { name configuration { env { name } } } }": types.CasWritesDeleteConfigurationDocument,
    "mutation CasWritesCreateGoComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"busy-comp\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Go Chassis\"}) { id } }": types.CasWritesCreateGoComponentDocument,
    "mutation CasWritesCobol($a: ID!) { createComponent(applicationId: $a, input: {name: \"cobol-comp\", runtime: \"Cobol\", category: COMMON}) { id } }": types.CasWritesCobolDocument,
    "mutation CasWritesWebComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"web\", runtime: \"Nodejs14\", category: WEBAPP, subCategory: \"Web\", buildParameters: {build_cmd: \"npm run build\"}}) { id build { parameters } } }": types.CasWritesWebComponentDocument,
    "mutation CasWritesUpdateComponent($id: ID!) { updateComponent(id: $id, input: {description: \"the web\", source: {code: {repoType: \"GitHub\", repoUrl: \"https://github.com/example/web.git\", repoAuth: \"gh\"}}}) { description source { ... on CodeSource { repoType repoUrl } } } }": types.CasWritesUpdateComponentDocument,
    "mutation DeployComponent($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId instance { id status { status } } } }": types.DeployComponentDocument,
    "mutation CreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }": types.CreateEnvironmentDocument,
    "mutation CreateApplication($n: String!) { createApplication(input: {name: $n}) { id } }": types.CreateApplicationDocument,
    "mutation CreateComponent($a: ID!, $in: CreateComponentInput!) { createComponent(applicationId: $a, input: $in) { id } }": types.CreateComponentDocument,
    "mutation InstanceWritesScale($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }": types.InstanceWritesScaleDocument,
    "mutation InstanceWritesDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }": types.InstanceWritesDeleteDocument,
    "query InstanceWritesInstances($c: ID!) { node(id: $c) { ... on Component { instances { nodes { id name } } } } }": types.InstanceWritesInstancesDocument,
    "mutation InstanceWritesRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"9.9.9\") { jobId } }": types.InstanceWritesRollbackDocument,
    "mutation InstanceWritesRestart($id: ID!) { restartComponentInstance(id: $id) { jobId } }": types.InstanceWritesRestartDocument,
    "query InstanceWritesJob($id: ID!) { job(id: $id) { status isFinished failure { code detail } tasks { status message { code detail } } } }": types.InstanceWritesJobDocument,
    "query InstanceWritesStatus($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status failDetail lastJobStatus } } } }": types.InstanceWritesStatusDocument,
    "fragment LifecycleInstance on ComponentInstance { id name version status { status replica availableReplica lastJobStatus failDetail }\n  microserviceInstances { hostName version status }\n  snapshots { nodes { version } } }": types.LifecycleInstanceFragmentDoc,
    "fragment LifecyclePayload on ComponentInstancePayload { jobId job { rawId status type } instance { ...LifecycleInstance } }": types.LifecyclePayloadFragmentDoc,
    "query LifecycleInstance($id: ID!) { node(id: $id) { ...LifecycleInstance } }": types.LifecycleInstanceDocument,
    "query LifecycleJob($job: ID!) { job(id: $job) { status isFinished progress tasks { status } } }": types.LifecycleJobDocument,
    "mutation LifecycleCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name vpcId baseResources { id type } optionalResources { type } } }": types.LifecycleCreateEnvironmentDocument,
    "mutation LifecycleCreateApplication { createApplication(input: {name: \"life-app\", description: \"one life\"}) { id name description componentCount } }": types.LifecycleCreateApplicationDocument,
    "mutation LifecycleCreateComponent($app: ID!) { createComponent(applicationId: $app, input: {name: \"life-svc\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Java Chassis\",\n          source: {artifact: {url: \"obs://bucket/life.jar\", bucket: \"bucket\", key: \"life.jar\"}}}) { id name category subCategory application { name componentCount }\n          source { ... on ArtifactSource { url storage type } } } }": types.LifecycleCreateComponentDocument,
    "mutation LifecycleDeploy($comp: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $comp, input: $in) { ...LifecyclePayload } }": types.LifecycleDeployDocument,
    "mutation LifecycleScale($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { ...LifecyclePayload } }": types.LifecycleScaleDocument,
    "mutation LifecycleStop($id: ID!) { stopComponentInstance(id: $id) { ...LifecyclePayload } }": types.LifecycleStopDocument,
    "mutation LifecycleStart($id: ID!) { startComponentInstance(id: $id) { ...LifecyclePayload } }": types.LifecycleStartDocument,
    "mutation LifecycleRestart($id: ID!) { restartComponentInstance(id: $id) { ...LifecyclePayload } }": types.LifecycleRestartDocument,
    "mutation LifecycleUpgrade($id: ID!) { upgradeComponentInstance(id: $id, input: {version: \"1.1.0\", artifacts: [{name: \"life-svc\", storage: \"swr\", type: \"image\", url: \"swr.example.com/ns/life:1.1.0\"}]}) { ...LifecyclePayload } }": types.LifecycleUpgradeDocument,
    "mutation LifecycleRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"1.0.0\") { ...LifecyclePayload } }": types.LifecycleRollbackDocument,
    "mutation LifecycleDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId job { type } instance { status { status } } } }": types.LifecycleDeleteDocument,
    "query LifecycleGone($id: ID!) { node(id: $id) { id } }": types.LifecycleGoneDocument,
    "query LifecycleRegistry { microservices(filter: {serviceName: \"life-svc\"}) { instances { hostName } } }": types.LifecycleRegistryDocument,
    "mutation LifecycleDeleteComponent($id: ID!) { deleteComponent(id: $id) { deletedId } }": types.LifecycleDeleteComponentDocument,
    "mutation LifecycleDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }": types.LifecycleDeleteApplicationDocument,
    "mutation LifecycleDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }": types.LifecycleDeleteEnvironmentDocument,
    "query LifecycleLeft { environments { totalCount } applications { totalCount } }": types.LifecycleLeftDocument,
    "mutation RegistryWritesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId appId serviceName version environment level registerBy properties instances { hostName } } }": types.RegistryWritesCreateDocument,
    "mutation RegistryWritesUpdateMicroserviceProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {owner: \"b\"}) { properties } }": types.RegistryWritesUpdateMicroservicePropertiesDocument,
    "mutation RegistryWritesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"swagger: 2.0\", summary: \"v1\") { schemaId summary content } }": types.RegistryWritesPutMicroserviceSchemaDocument,
    "query RegistryWritesMicroservice($id: ID!) { microservice(id: $id) { schemaIds schemas { schemaId summary content } } }": types.RegistryWritesMicroserviceDocument,
    "mutation RegistryWritesPutMicroserviceSchema2($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"first\") { schemaId } }": types.RegistryWritesPutMicroserviceSchema2Document,
    "mutation RegistryWritesPutMicroserviceSchema3($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }": types.RegistryWritesPutMicroserviceSchema3Document,
    "mutation RegistryWritesPutMicroserviceSchema4($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }": types.RegistryWritesPutMicroserviceSchema4Document,
    "mutation RegistryWritesPutMicroserviceSchema5($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"other.api\", content: \"x\") { schemaId } }": types.RegistryWritesPutMicroserviceSchema5Document,
    "mutation RegistryWritesSetDependencies{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"orders\", version: \"1.0.0\"}, providers: [{serviceName: \"payments\", version: \"2.0.0+\"}, {serviceName: \"future\", version: \"latest\"}]}]) { serviceName providers { serviceName version } } }": types.RegistryWritesSetDependenciesDocument,
    "mutation RegistryWritesSetDependencies2{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"nobody\", version: \"1.0\"}, providers: []}]) { id } }": types.RegistryWritesSetDependencies2Document,
    "mutation RegistryWritesRegisterMicroserviceInstance($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"probe-1\", endpoints: [\"rest:10.0.0.9:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}, dataCenter: {name: \"dc\", region: \"r1\", availableZone: \"az1\"}}) { id hostName status version healthCheck { interval times } dataCenter { region } } }": types.RegistryWritesRegisterMicroserviceInstanceDocument,
    "mutation RegistryWritesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: OUTOFSERVICE) { status } }": types.RegistryWritesUpdateMicroserviceInstanceStatusDocument,
    "mutation RegistryWritesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {zone: \"b\"}) { properties } }": types.RegistryWritesUpdateMicroserviceInstancePropertiesDocument,
    "mutation RegistryWritesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }": types.RegistryWritesSendMicroserviceInstanceHeartbeatDocument,
    "mutation RegistryWritesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }": types.RegistryWritesDeregisterMicroserviceInstanceDocument,
    "mutation RegistryWritesSendMicroserviceInstanceHeartbeat2($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }": types.RegistryWritesSendMicroserviceInstanceHeartbeat2Document,
    "mutation RegistryWritesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"h\", endpoints: [\"e\"]}) { id } }": types.RegistryWritesRegisterMicroserviceInstance2Document,
    "query RegistryWritesMicroservices { microservices(filter: {appId: \"shop\"}) { id rawId serviceName version instances { id } } }": types.RegistryWritesMicroservicesDocument,
    "mutation RegistryWritesDeleteMicroservice($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": types.RegistryWritesDeleteMicroserviceDocument,
    "mutation RegistryWritesDeleteMicroservice2($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": types.RegistryWritesDeleteMicroservice2Document,
    "mutation RegistryWritesDeleteMicroservices($ids: [ID!]!) { deleteMicroservices(ids: $ids) { rawId deleted error } }": types.RegistryWritesDeleteMicroservicesDocument,
    "mutation RegistryWritesDeleteMicroservices2($ids: [ID!]!) { deleteMicroservices(ids: $ids, force: true) { rawId deleted error } }": types.RegistryWritesDeleteMicroservices2Document,
    "query RegistryWritesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"cart\", environment: $env}) { id } }": types.RegistryWritesMicroservices2Document,
    "mutation RegistryWritesDeleteMicroservice3($id: ID!) { deleteMicroservice(id: $id) { deletedId } }": types.RegistryWritesDeleteMicroservice3Document,
    "mutation WriteTimeoutComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"slow\", runtime: \"Java8\", category: COMMON}) { id } }": types.WriteTimeoutComponentDocument,
    "query WriteTimeoutApplications { applications { nodes { name } } }": types.WriteTimeoutApplicationsDocument,
    "query FuzzRealIds { environments { nodes { id } } applications { nodes { id components { nodes { id instances { nodes { id } } } } } } microservices { id instances { id } } }": types.FuzzRealIdsDocument,
    "query ReplicasEnvironmentCount { environments { totalCount } }": types.ReplicasEnvironmentCountDocument,
    "query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.CostNodesDocument,
    "query CostApplications { applications { nodes { name components { nodes { name } } } } }": types.CostApplicationsDocument,
    "query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }": types.CostRuntimesMicroservicesDocument,
    "query IdsPropertyReal { environments { nodes { id rawId } } applications { nodes { id rawId components { nodes { id rawId } } } } microservices { id rawId } }": types.IdsPropertyRealDocument,
    "query IdsRawIds { applications { nodes { rawId } } microservices { rawId } }": types.IdsRawIdsDocument,
    "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }": types.JwtCallersMicroservicesDocument,
    "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }": types.TokenExpiryMicroservicesDocument,
    "mutation ReplicaSceneEnvironment($n: String!) { createEnvironment(input: {name: $n, vpcId: \"v\", baseResources: [{id: \"cce-1\", type: \"cce\"}]}) { id } }": types.ReplicaSceneEnvironmentDocument,
    "mutation ReplicaSceneApplication($n: String!) { createApplication(input: {name: $n}) { id } }": types.ReplicaSceneApplicationDocument,
    "mutation ReplicaSceneComponent($a: ID!, $n: String!) { createComponent(applicationId: $a, input: {name: $n, runtime: \"Java8\", category: COMMON}) { id } }": types.ReplicaSceneComponentDocument,
    "mutation ReplicaDeploy($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }": types.ReplicaDeployDocument,
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
export function graphql(source: "query QueriesNestedBadCursor { environments { nodes { applications(after: \"nonsense\") { totalCount } } } }"): typeof import('./graphql.js').QueriesNestedBadCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNestedFirst($first: Int) { applications { nodes { components(first: $first) { totalCount } } } }"): typeof import('./graphql.js').QueriesNestedFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNestedEnvironmentId { applications { nodes { components { nodes { instances(environmentId: \"nonsense\") { totalCount } } } } } }"): typeof import('./graphql.js').QueriesNestedEnvironmentIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesWalkAfterBadCursor { environments(after: \"nonsense\") { nodes { applications { nodes { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }"): typeof import('./graphql.js').QueriesWalkAfterBadCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesEnvironmentsAfterWalk { environments { totalCount } }"): typeof import('./graphql.js').QueriesEnvironmentsAfterWalkDocument;
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
export function graphql(source: "mutation RegistriesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId version environment } }"): typeof import('./graphql.js').RegistriesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistriesRegister($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id hostName version } }"): typeof import('./graphql.js').RegistriesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesFind($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName version } } }"): typeof import('./graphql.js').RegistriesFindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RegistriesChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) { type instance { hostName version } }\n}"): typeof import('./graphql.js').RegistriesChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesMicroserviceIds { microservices { rawId } }"): typeof import('./graphql.js').RegistriesMicroserviceIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesMicroservices { microservices(filter: {serviceName: \"stock\"}) { version instances { version } } }"): typeof import('./graphql.js').RegistriesMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"envs\", environment: $env}) { rawId instances { hostName } } }"): typeof import('./graphql.js').RegistriesMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesByKey($k: MicroserviceKeyInput!) { microserviceByKey(key: $k) { id version } }"): typeof import('./graphql.js').RegistriesByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistriesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"stock.api\", content: \"swagger: 2.0\", summary: \"s1\") { schemaId } }"): typeof import('./graphql.js').RegistriesPutMicroserviceSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesSchemaByKey($id: ID!, $s: String!) { microserviceSchemaByKey(microserviceId: $id, schemaId: $s) { schemaId summary } }"): typeof import('./graphql.js').RegistriesSchemaByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { dimensions { dimension items { key value } } } }"): typeof import('./graphql.js').RegistriesConfigurationItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistriesGuarded { microservices { rawId instances { hostName } } }"): typeof import('./graphql.js').RegistriesGuardedDocument;
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
export function graphql(source: "subscription FreshPerEventChanges($id: ID) {\n  microserviceInstanceChanges(microserviceId: $id) { type instance { hostName status microservice { properties } } }\n}"): typeof import('./graphql.js').FreshPerEventChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreshPerEventCreateMicroservice { createMicroservice(input: {appId: \"fresh\", serviceName: \"watched\", version: \"1.0.0\", properties: {tier: \"bronze\"}, instances: [{hostName: \"f-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }"): typeof import('./graphql.js').FreshPerEventCreateMicroserviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreshPerEventUpdateProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {tier: \"gold\"}) { id } }"): typeof import('./graphql.js').FreshPerEventUpdatePropertiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreshPerEventInstanceDown($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }"): typeof import('./graphql.js').FreshPerEventInstanceDownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription InstanceStatusRow($id: ID!) { componentInstanceStatus(id: $id) { name version status { status replica availableReplica lastJobStatus } } }"): typeof import('./graphql.js').InstanceStatusRowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstanceStatusNow($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status replica availableReplica lastJobStatus } } } }"): typeof import('./graphql.js').InstanceStatusNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceStatusDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }"): typeof import('./graphql.js').InstanceStatusDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription JobProgressEvents($id: ID!) { jobProgress(jobId: $id) { rawId status progress isFinished taskCount tasks { index name status } failure { code detail } } }"): typeof import('./graphql.js').JobProgressEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RegistryChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {\n  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) {\n    type sequence previousStatus instance { id rawId hostName status version properties }\n  }\n}"): typeof import('./graphql.js').RegistryChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RegistryChangesResumed($id: ID, $after: Int) { microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after) { type sequence instance { hostName } } }"): typeof import('./graphql.js').RegistryChangesResumedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesScaleComponentInstance($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { jobId } }"): typeof import('./graphql.js').RegistryChangesScaleComponentInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesScaleComponentInstance2($id: ID!) { scaleComponentInstance(id: $id, replica: 1) { jobId } }"): typeof import('./graphql.js').RegistryChangesScaleComponentInstance2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesDeleteComponentInstance($id: ID!) { deleteComponentInstance(id: $id) { jobId } }"): typeof import('./graphql.js').RegistryChangesDeleteComponentInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesCreateMicroservice{ createMicroservice(input: {appId: \"ops\", serviceName: \"watched\", version: \"1.0.0\", instances: [{hostName: \"w-1\", endpoints: [\"rest:10.0.0.1:80\"]}]}) { id instances { id } } }"): typeof import('./graphql.js').RegistryChangesCreateMicroserviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }"): typeof import('./graphql.js').RegistryChangesUpdateMicroserviceInstanceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {color: \"blue\"}) { id } }"): typeof import('./graphql.js').RegistryChangesUpdateMicroserviceInstancePropertiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }"): typeof import('./graphql.js').RegistryChangesDeregisterMicroserviceInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesCreateMicroservice2{ createMicroservice(input: {appId: \"ops\", serviceName: \"resumable\", version: \"1.0.0\"}) { id } }"): typeof import('./graphql.js').RegistryChangesCreateMicroservice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesRegisterMicroserviceInstance($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }"): typeof import('./graphql.js').RegistryChangesRegisterMicroserviceInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesCreateMicroservice3{ createMicroservice(input: {appId: \"ops\", serviceName: \"mortal\", version: \"2.0\"}) { id } }"): typeof import('./graphql.js').RegistryChangesCreateMicroservice3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"m-1\", endpoints: [\"rest:10.0.0.2:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}}) { id } }"): typeof import('./graphql.js').RegistryChangesRegisterMicroserviceInstance2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryChangesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { id } }"): typeof import('./graphql.js').RegistryChangesSendMicroserviceInstanceHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryChangesMicroservices { microservices(filter: {serviceName: \"watched\"}) { id } }"): typeof import('./graphql.js').RegistryChangesMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name alias description } }"): typeof import('./graphql.js').CasWritesCreateEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }"): typeof import('./graphql.js').CasWritesDeleteEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesDeleteComponent($id: ID!, $force: Boolean) { deleteComponent(id: $id, force: $force) { deletedId } }"): typeof import('./graphql.js').CasWritesDeleteComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }"): typeof import('./graphql.js').CasWritesDeleteApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesUpdateEnvironment($id: ID!) { updateEnvironment(id: $id, input: {alias: \"A\", description: \"first\"}) { name alias description } }"): typeof import('./graphql.js').CasWritesUpdateEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesModifyResources($id: ID!) { modifyEnvironmentResources(id: $id, input: {addBaseResources: [{id: \"ecs-1\", type: \"ecs\"}], addOptionalResources: [{id: \"default\", type: \"cse\"}], removeResources: [{id: \"cce-1\", type: \"cce\"}]}) { baseResources { id type } optionalResources { id type } } }"): typeof import('./graphql.js').CasWritesModifyResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesUpdateTwice($id: ID!) { a: updateEnvironment(id: $id, input: {description: \"one\"}) { description } b: updateEnvironment(id: $id, input: {description: \"two\"}) { description } }"): typeof import('./graphql.js').CasWritesUpdateTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesCreateTwo { a: createApplication(input: {name: \"fresh-a\"}) { name } b: createApplication(input: {name: \"fresh-b\"}) { name } }"): typeof import('./graphql.js').CasWritesCreateTwoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasWritesApplications { applications { nodes { id name } } }"): typeof import('./graphql.js').CasWritesApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesRenameApplication($id: ID!) { updateApplication(id: $id, input: {name: \"fresh-c\", description: \"renamed\"}) { name description } }"): typeof import('./graphql.js').CasWritesRenameApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasWritesApplicationsByName { applications(orderBy: {field: NAME, direction: ASC}) { nodes { name } } }"): typeof import('./graphql.js').CasWritesApplicationsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesUpdateGhost($id: ID!) { updateEnvironment(id: $id, input: {alias: \"x\"}) { id } }"): typeof import('./graphql.js').CasWritesUpdateGhostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesComponentOfGhost($id: ID!) { createComponent(applicationId: $id, input: {name: \"c1\", runtime: \"Java8\", category: COMMON}) { id } }"): typeof import('./graphql.js').CasWritesComponentOfGhostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesSetConfiguration($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: \"A\", value: \"1\"}, {name: \"A\", value: \"2\"}, {name: \"b.c\", value: \"3\"}]) { environment { name } env { name value } } }"): typeof import('./graphql.js').CasWritesSetConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesDeleteConfiguration($a: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $e) { name configuration { env { name } } } }"): typeof import('./graphql.js').CasWritesDeleteConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesCreateGoComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"busy-comp\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Go Chassis\"}) { id } }"): typeof import('./graphql.js').CasWritesCreateGoComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesCobol($a: ID!) { createComponent(applicationId: $a, input: {name: \"cobol-comp\", runtime: \"Cobol\", category: COMMON}) { id } }"): typeof import('./graphql.js').CasWritesCobolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesWebComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"web\", runtime: \"Nodejs14\", category: WEBAPP, subCategory: \"Web\", buildParameters: {build_cmd: \"npm run build\"}}) { id build { parameters } } }"): typeof import('./graphql.js').CasWritesWebComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CasWritesUpdateComponent($id: ID!) { updateComponent(id: $id, input: {description: \"the web\", source: {code: {repoType: \"GitHub\", repoUrl: \"https://github.com/example/web.git\", repoAuth: \"gh\"}}}) { description source { ... on CodeSource { repoType repoUrl } } } }"): typeof import('./graphql.js').CasWritesUpdateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeployComponent($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId instance { id status { status } } } }"): typeof import('./graphql.js').DeployComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }"): typeof import('./graphql.js').CreateEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApplication($n: String!) { createApplication(input: {name: $n}) { id } }"): typeof import('./graphql.js').CreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateComponent($a: ID!, $in: CreateComponentInput!) { createComponent(applicationId: $a, input: $in) { id } }"): typeof import('./graphql.js').CreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceWritesScale($id: ID!) { scaleComponentInstance(id: $id, replica: 2) { jobId } }"): typeof import('./graphql.js').InstanceWritesScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceWritesDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }"): typeof import('./graphql.js').InstanceWritesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstanceWritesInstances($c: ID!) { node(id: $c) { ... on Component { instances { nodes { id name } } } } }"): typeof import('./graphql.js').InstanceWritesInstancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceWritesRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"9.9.9\") { jobId } }"): typeof import('./graphql.js').InstanceWritesRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceWritesRestart($id: ID!) { restartComponentInstance(id: $id) { jobId } }"): typeof import('./graphql.js').InstanceWritesRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstanceWritesJob($id: ID!) { job(id: $id) { status isFinished failure { code detail } tasks { status message { code detail } } } }"): typeof import('./graphql.js').InstanceWritesJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstanceWritesStatus($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status failDetail lastJobStatus } } } }"): typeof import('./graphql.js').InstanceWritesStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LifecycleInstance on ComponentInstance { id name version status { status replica availableReplica lastJobStatus failDetail }\n  microserviceInstances { hostName version status }\n  snapshots { nodes { version } } }"): typeof import('./graphql.js').LifecycleInstanceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LifecyclePayload on ComponentInstancePayload { jobId job { rawId status type } instance { ...LifecycleInstance } }"): typeof import('./graphql.js').LifecyclePayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleInstance($id: ID!) { node(id: $id) { ...LifecycleInstance } }"): typeof import('./graphql.js').LifecycleInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleJob($job: ID!) { job(id: $job) { status isFinished progress tasks { status } } }"): typeof import('./graphql.js').LifecycleJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name vpcId baseResources { id type } optionalResources { type } } }"): typeof import('./graphql.js').LifecycleCreateEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateApplication { createApplication(input: {name: \"life-app\", description: \"one life\"}) { id name description componentCount } }"): typeof import('./graphql.js').LifecycleCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateComponent($app: ID!) { createComponent(applicationId: $app, input: {name: \"life-svc\", runtime: \"Java8\", category: MICROSERVICE, subCategory: \"Java Chassis\",\n          source: {artifact: {url: \"obs://bucket/life.jar\", bucket: \"bucket\", key: \"life.jar\"}}}) { id name category subCategory application { name componentCount }\n          source { ... on ArtifactSource { url storage type } } } }"): typeof import('./graphql.js').LifecycleCreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeploy($comp: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $comp, input: $in) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleDeployDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleScale($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleStop($id: ID!) { stopComponentInstance(id: $id) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleStart($id: ID!) { startComponentInstance(id: $id) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRestart($id: ID!) { restartComponentInstance(id: $id) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleUpgrade($id: ID!) { upgradeComponentInstance(id: $id, input: {version: \"1.1.0\", artifacts: [{name: \"life-svc\", storage: \"swr\", type: \"image\", url: \"swr.example.com/ns/life:1.1.0\"}]}) { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleUpgradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRollback($id: ID!) { rollbackComponentInstance(id: $id, version: \"1.0.0\") { ...LifecyclePayload } }"): typeof import('./graphql.js').LifecycleRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId job { type } instance { status { status } } } }"): typeof import('./graphql.js').LifecycleDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleGone($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').LifecycleGoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleRegistry { microservices(filter: {serviceName: \"life-svc\"}) { instances { hostName } } }"): typeof import('./graphql.js').LifecycleRegistryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeleteComponent($id: ID!) { deleteComponent(id: $id) { deletedId } }"): typeof import('./graphql.js').LifecycleDeleteComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }"): typeof import('./graphql.js').LifecycleDeleteApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }"): typeof import('./graphql.js').LifecycleDeleteEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleLeft { environments { totalCount } applications { totalCount } }"): typeof import('./graphql.js').LifecycleLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId appId serviceName version environment level registerBy properties instances { hostName } } }"): typeof import('./graphql.js').RegistryWritesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesUpdateMicroserviceProperties($id: ID!) { updateMicroserviceProperties(id: $id, properties: {owner: \"b\"}) { properties } }"): typeof import('./graphql.js').RegistryWritesUpdateMicroservicePropertiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"swagger: 2.0\", summary: \"v1\") { schemaId summary content } }"): typeof import('./graphql.js').RegistryWritesPutMicroserviceSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryWritesMicroservice($id: ID!) { microservice(id: $id) { schemaIds schemas { schemaId summary content } } }"): typeof import('./graphql.js').RegistryWritesMicroserviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesPutMicroserviceSchema2($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"first\") { schemaId } }"): typeof import('./graphql.js').RegistryWritesPutMicroserviceSchema2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesPutMicroserviceSchema3($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }"): typeof import('./graphql.js').RegistryWritesPutMicroserviceSchema3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesPutMicroserviceSchema4($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"cart.api\", content: \"changed\") { schemaId } }"): typeof import('./graphql.js').RegistryWritesPutMicroserviceSchema4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesPutMicroserviceSchema5($id: ID!) { putMicroserviceSchema(id: $id, schemaId: \"other.api\", content: \"x\") { schemaId } }"): typeof import('./graphql.js').RegistryWritesPutMicroserviceSchema5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesSetDependencies{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"orders\", version: \"1.0.0\"}, providers: [{serviceName: \"payments\", version: \"2.0.0+\"}, {serviceName: \"future\", version: \"latest\"}]}]) { serviceName providers { serviceName version } } }"): typeof import('./graphql.js').RegistryWritesSetDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesSetDependencies2{ setDependencies(dependencies: [{consumer: {appId: \"shop\", serviceName: \"nobody\", version: \"1.0\"}, providers: []}]) { id } }"): typeof import('./graphql.js').RegistryWritesSetDependencies2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesRegisterMicroserviceInstance($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"probe-1\", endpoints: [\"rest:10.0.0.9:80\"], healthCheck: {mode: \"push\", interval: 10, times: 3}, dataCenter: {name: \"dc\", region: \"r1\", availableZone: \"az1\"}}) { id hostName status version healthCheck { interval times } dataCenter { region } } }"): typeof import('./graphql.js').RegistryWritesRegisterMicroserviceInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: OUTOFSERVICE) { status } }"): typeof import('./graphql.js').RegistryWritesUpdateMicroserviceInstanceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {zone: \"b\"}) { properties } }"): typeof import('./graphql.js').RegistryWritesUpdateMicroserviceInstancePropertiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }"): typeof import('./graphql.js').RegistryWritesSendMicroserviceInstanceHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }"): typeof import('./graphql.js').RegistryWritesDeregisterMicroserviceInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesSendMicroserviceInstanceHeartbeat2($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }"): typeof import('./graphql.js').RegistryWritesSendMicroserviceInstanceHeartbeat2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: \"h\", endpoints: [\"e\"]}) { id } }"): typeof import('./graphql.js').RegistryWritesRegisterMicroserviceInstance2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryWritesMicroservices { microservices(filter: {appId: \"shop\"}) { id rawId serviceName version instances { id } } }"): typeof import('./graphql.js').RegistryWritesMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeleteMicroservice($id: ID!) { deleteMicroservice(id: $id) { deletedId } }"): typeof import('./graphql.js').RegistryWritesDeleteMicroserviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeleteMicroservice2($id: ID!) { deleteMicroservice(id: $id) { deletedId } }"): typeof import('./graphql.js').RegistryWritesDeleteMicroservice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeleteMicroservices($ids: [ID!]!) { deleteMicroservices(ids: $ids) { rawId deleted error } }"): typeof import('./graphql.js').RegistryWritesDeleteMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeleteMicroservices2($ids: [ID!]!) { deleteMicroservices(ids: $ids, force: true) { rawId deleted error } }"): typeof import('./graphql.js').RegistryWritesDeleteMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryWritesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: \"cart\", environment: $env}) { id } }"): typeof import('./graphql.js').RegistryWritesMicroservices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryWritesDeleteMicroservice3($id: ID!) { deleteMicroservice(id: $id) { deletedId } }"): typeof import('./graphql.js').RegistryWritesDeleteMicroservice3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteTimeoutComponent($a: ID!) { createComponent(applicationId: $a, input: {name: \"slow\", runtime: \"Java8\", category: COMMON}) { id } }"): typeof import('./graphql.js').WriteTimeoutComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WriteTimeoutApplications { applications { nodes { name } } }"): typeof import('./graphql.js').WriteTimeoutApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzRealIds { environments { nodes { id } } applications { nodes { id components { nodes { id instances { nodes { id } } } } } } microservices { id instances { id } } }"): typeof import('./graphql.js').FuzzRealIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasEnvironmentCount { environments { totalCount } }"): typeof import('./graphql.js').ReplicasEnvironmentCountDocument;
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
export function graphql(source: "query IdsPropertyReal { environments { nodes { id rawId } } applications { nodes { id rawId components { nodes { id rawId } } } } microservices { id rawId } }"): typeof import('./graphql.js').IdsPropertyRealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsRawIds { applications { nodes { rawId } } microservices { rawId } }"): typeof import('./graphql.js').IdsRawIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }"): typeof import('./graphql.js').JwtCallersMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }"): typeof import('./graphql.js').TokenExpiryMicroservicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaSceneEnvironment($n: String!) { createEnvironment(input: {name: $n, vpcId: \"v\", baseResources: [{id: \"cce-1\", type: \"cce\"}]}) { id } }"): typeof import('./graphql.js').ReplicaSceneEnvironmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaSceneApplication($n: String!) { createApplication(input: {name: $n}) { id } }"): typeof import('./graphql.js').ReplicaSceneApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaSceneComponent($a: ID!, $n: String!) { createComponent(applicationId: $a, input: {name: $n, runtime: \"Java8\", category: COMMON}) { id } }"): typeof import('./graphql.js').ReplicaSceneComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaDeploy($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }"): typeof import('./graphql.js').ReplicaDeployDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
