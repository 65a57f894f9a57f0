/**
 * Upstream paths are built from the reference's route templates in this one place, so a template
 * and its path are spelled once and every path parameter is checked and percent-encoded the same
 * way: a value that could name another resource ("", ".", "..", longer than the upstream allows)
 * never leaves the gateway.
 */
import { LocalRequestError } from './errors.js';

/**
 * The longest value the upstream accepts per path parameter. Registry ids have 1-64 characters and
 * schema ids 1-160 (§5.2-5.7, §5.11-5.17); CAS ids are UUIDs (36) and job ids "JOB" + UUID (39), for
 * which the reference gives no bound: 64 leaves room for any id the upstream hands out.
 */
export const SEGMENT_MAX_LENGTH: Readonly<Record<string, number>> = {
  project_id: 64,
  environment_id: 64,
  application_id: 64,
  component_id: 64,
  instance_id: 64,
  job_id: 64,
  serviceId: 64,
  instanceId: 64,
  schemaId: 160,
};

export const DEFAULT_SEGMENT_MAX_LENGTH = 64;

/** What is wrong with `value` as one path segment, or undefined when it may be sent (percent-encoded). */
export function segmentProblem(value: string, maxLength = DEFAULT_SEGMENT_MAX_LENGTH): string | undefined {
  if (value === '') return 'is empty';
  // Dot segments are resolved away by URL parsers: "a/../b" reaches "b".
  if (value === '.' || value === '..') return `is "${value}", which names no object`;
  if (value.length > maxLength) return `has ${value.length} characters; the upstream allows at most ${maxLength}`;
  return undefined;
}

/** A reference route template, e.g. "/v2/{project_id}/cas/applications/{application_id}". */
export type RouteTemplate = string;

/** A template cut at its parameters: literal text at even indexes, parameter names at odd ones. */
const compiled = new Map<RouteTemplate, readonly string[]>();

function partsOf(template: RouteTemplate): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    // Templates are the reference's constants in the API clients, so this map holds a few dozen at most.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills every `{param}` of `template` with its value, percent-encoded. A value with a segment
 * problem is refused with a LocalRequestError naming the parameter, before anything is sent.
 */
export function fillRoute(template: RouteTemplate, params: Readonly<Record<string, string>>): string {
  const parts = partsOf(template);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    if (value === undefined) throw new Error(`route ${template}: no value for {${name}}`);
    const problem = segmentProblem(value, SEGMENT_MAX_LENGTH[name] ?? DEFAULT_SEGMENT_MAX_LENGTH);
    if (problem) throw new LocalRequestError('input', `Path parameter ${name} ${problem}; pass an id this API returned.`, name);
    path += encodeURIComponent(value) + parts[i + 1]!;
  }
  return path;
}
