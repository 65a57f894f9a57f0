/**
 * Global IDs: base64url of a JSON array [type, ...upstream ids]. A component carries its application's
 * id and an instance its application's and component's, because the upstream paths need them.
 */
import { GraphQLError } from 'graphql';

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

/** Decodes any global ID; a malformed one is a BAD_USER_INPUT error naming the argument. */
export function decodeId(id: string, argument = 'id'): DecodedId {
  const invalid = () =>
    new GraphQLError(`Argument "${argument}" is not a valid global ID: pass the \`id\` of an object this API returned.`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((p) => typeof p === 'string' && p.length > 0)) throw invalid();
  const [type, ...values] = parsed as string[];
  if (!(type! in ID_PARTS)) throw invalid();
  const names = ID_PARTS[type as NodeType];
  if (values.length !== names.length) throw invalid();
  const decoded: Record<string, string> = { type: type! };
  names.forEach((name, i) => (decoded[name] = values[i]!));
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
