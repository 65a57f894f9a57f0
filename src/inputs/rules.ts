/** The reference's value rules, as zod schemas with messages that say what is wanted. */
import { z } from 'zod';

const pattern = (re: RegExp, message: string) => z.string().regex(re, message);

/** Environment, application and component names (§4.2.1, §4.3.1, §4.4.1). */
export const resourceName = z
  .string()
  .min(2, 'must have 2 to 64 characters')
  .max(64, 'must have 2 to 64 characters')
  .regex(/^[a-zA-Z]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/, 'use letters, digits, hyphens and underscores, starting with a letter and ending with a letter or digit');

/** Component instance names (§4.5.1): Kubernetes workload names. */
export const instanceName = z
  .string()
  .min(2, 'must have 2 to 63 characters')
  .max(63, 'must have 2 to 63 characters')
  .regex(/^[a-z]([a-z0-9-]*[a-z0-9])?$/, 'use lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit');

export const alias = z.string().max(64, 'must have at most 64 characters');
export const description = z.string().max(128, 'must have at most 128 characters');

/** Environment variable names (§4.3.6 Table 4-61, §4.5.1 Table 4-130). */
export const envVarName = pattern(/^[a-zA-Z_.-][a-zA-Z0-9_.-]{0,63}$/, 'use 1-64 letters, digits, underscores, hyphens and dots, not starting with a digit');
export const envVars = z.array(z.object({ name: envVarName, value: z.string().max(65_536, 'must have at most 65536 characters') })).max(1000, 'at most 1000 variables');

/** An instance version: "version semantics, e.g. 1.0.0" (§4.5.1); also a registry version (Table 6-10). */
export const version = pattern(/^\d{1,5}(\.\d{1,5}){0,3}$/, 'use 1 to 4 dot-separated numbers, such as 1.0.0');

/** A catalogue flavor (e.g. MICRO-5G:0.5C:1G, §4.1.2) or CUSTOM-xxG:xxC-xxC:xxGi-xxGi (§4.5.1). */
export const flavorId = z
  .string()
  .regex(
    /^(CUSTOM-\d+(\.\d+)?G:(\d+(\.\d+)?C|\d+m)-(\d+(\.\d+)?C|\d+m):\d+(\.\d+)?Gi-\d+(\.\d+)?Gi|(?!CUSTOM-)[A-Z][A-Z0-9]*-[\w.:-]{1,60})$/,
    'use a flavorId from Query.flavors or CUSTOM-xxG:xxC-xxC:xxGi-xxGi, e.g. CUSTOM-10G:0.5C-0.25C:1.6Gi-0.8Gi',
  );

export const baseResourceType = z.enum(['cce', 'ecs'], { errorMap: () => ({ message: 'a basic resource is of type cce or ecs' }) });
export const resourceType = pattern(/^[a-z][a-z0-9_-]{0,31}$/, 'a resource type such as cce, ecs, elb, dcs or cse');
export const resourceId = z.string().min(1, 'must not be empty').max(128, 'must have at most 128 characters');

// Registry (chapter 6).
/** appId and serviceName: `^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]*[a-zA-Z0-9]$` (Table 6-10). */
const registryName = /^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]*[a-zA-Z0-9]$/;
export const appId = z.string().min(1, 'must have 1 to 160 characters').max(160, 'must have 1 to 160 characters').regex(registryName, 'use letters, digits, _ - and ., starting and ending with a letter or digit');
export const serviceName = z.string().min(1, 'must have 1 to 128 characters').max(128, 'must have 1 to 128 characters').regex(registryName, 'use letters, digits, _ - and ., starting and ending with a letter or digit');
export const registryVersion = z
  .string()
  .max(64, 'must have at most 64 characters')
  .regex(/^\d+(\.\d+){0,3}$/, 'use 1 to 4 dot-separated numbers, such as 1.0.0')
  .refine((v) => v.split('.').every((p) => Number(p) <= 32767), 'each part must be at most 32767');
/** A provider's version rule: exact, latest, X+ or a range A-B (§5.18). */
export const versionRule = z
  .string()
  .regex(/^(latest|\d+(\.\d+){0,3}\+?|\d+(\.\d+){0,3}-\d+(\.\d+){0,3})$/, 'use an exact version (1.0.0), 1.0.0+, latest or a range 1.0.0-2.0.0');
export const schemaId = z
  .string()
  .regex(/^[a-zA-Z0-9]{1,160}$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]{0,158}[a-zA-Z0-9]$/, 'use 1-160 letters, digits, _ - and ., starting and ending with a letter or digit');
export const schemaContent = z
  .string()
  .refine((s) => Buffer.byteLength(s) >= 1 && Buffer.byteLength(s) <= 2048, 'must be 1 to 2048 bytes (Table 6-18)');
export const schemaSummary = pattern(/^[a-zA-Z0-9]{0,128}$/, 'use at most 128 letters and digits');
export const instanceId = z.string().min(1, 'must have 1 to 64 characters').max(64, 'must have 1 to 64 characters').regex(/^[A-Za-z0-9_.-]*$/, 'use letters, digits, _ . and -');
export const hostName = z.string().min(1, 'must have 1 to 64 characters').max(64, 'must have 1 to 64 characters');
export const endpoint = z.string().min(1, 'must not be empty').max(512, 'must have at most 512 characters');
export const dataCenterField = pattern(/^[a-zA-Z0-9_.-]{1,128}$/, 'use 1-128 letters, digits, _ - and .');
export const registryDescription = z.string().max(256, 'must have at most 256 characters');
export const registryAlias = z.string().min(1).max(128, 'must have 1 to 128 characters').regex(/^[a-zA-Z0-9_\-.:]*$/, 'use letters, digits, _ - . and :');

/** Free string maps (properties, tags): non-empty keys, values of at least 1 byte (Table 6-13). */
export const stringMap = z
  .record(z.string().min(1, 'keys must not be empty').max(1024), z.string().min(1, 'values must be at least 1 byte (Table 6-13)').max(65_536), {
    invalid_type_error: 'must be an object of string values',
  })
  .refine((m) => !('' in m), 'keys must not be empty');
export const jsonObject = z.record(z.unknown(), { invalid_type_error: 'must be a JSON object' });
