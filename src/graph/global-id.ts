/**
 * Global IDs: base64url of a JSON array [type, ...upstream ids]. A component carries its application's
 * id and an instance its application's and component's, because the upstream paths need them.
 */
import { GraphQLError } from 'graphql';
import { DEFAULT_SEGMENT_MAX_LENGTH, segmentProblem } from '../upstream/route.js';

export const ID_PARTS = {
  Environment: ['environmentId'],
  Application: ['applicationId'],
  Component: ['applicationId', 'componentId'],
  ComponentInstance: ['applicationId', 'componentId', 'instanceId'],
  Job: ['jobId'],
  Microservice: ['serviceId'],
  MicroserviceInstance: ['serviceId', 'instanceId'],
} as const;

export type NodeType = keyof typeof ID_PARTS;
type Parts<T extends NodeType> = { [K in (typeof ID_PARTS)[T][number]]: string };
export type DecodedId = { [T in NodeType]: { type: T } & Parts<T> }[NodeType];

export function encodeId<T extends NodeType>(type: T, parts: Parts<T>): string {
  const values = ID_PARTS[type].map((name) => (parts as Record<string, string>)[name]);
  return Buffer.from(JSON.stringify([type, ...values])).toString('base64url');
}

/** The longest global ID accepted: a type and three ids of 64 characters, base64url-encoded, with room to spare. */
const MAX_GLOBAL_ID_LENGTH = 512;

/**
 * Decodes any global ID; a malformed one is a BAD_USER_INPUT error naming the argument. Every
 * upstream id in it is checked before it can become a path segment: empty, "." and ".." and ids
 * longer than the upstream allows are refused.
 */
export function decodeId(id: string, argument = 'id'): DecodedId {
  const invalid = (why = '') =>
    new GraphQLError(`Argument "${argument}" is not a valid global ID${why}: pass the \`id\` of an object this API returned.`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  if (id.length > MAX_GLOBAL_ID_LENGTH) throw invalid(` (${id.length} characters; at most ${MAX_GLOBAL_ID_LENGTH})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((p) => typeof p === 'string')) throw invalid();
  const [type, ...values] = parsed as string[];
  if (!Object.hasOwn(ID_PARTS, type!)) throw invalid();
  const names = ID_PARTS[type as NodeType];
  if (values.length !== names.length) throw invalid();
  const decoded: Record<string, string> = { type: type! };
  names.forEach((name, i) => {
    const problem = segmentProblem(values[i]!, DEFAULT_SEGMENT_MAX_LENGTH);
    if (problem) throw invalid(` (its ${name} ${problem})`);
    decoded[name] = values[i]!;
  });
  return decoded as DecodedId;
}

/** Decodes a global ID that must be of one type. */
export function decodeIdOf<T extends NodeType>(id: string, type: T, argument = 'id'): Extract<DecodedId, { type: T }> {
  const decoded = decodeId(id, argument);
  if (decoded.type !== type) {
    throw new GraphQLError(`Argument "${argument}" is the ID of ${article(decoded.type)}, but ${article(type)} ID is expected.`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  return decoded as Extract<DecodedId, { type: T }>;
}

function article(word: string): string {
  return `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;
}
