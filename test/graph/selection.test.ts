import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsOfEveryItem } from '../../src/graph/selection.js';

/** More fragment lookups than any document here needs searched once each: past it, the search is refused at once. */
const MAX_LOOKUPS = 10_000;

/** The resolve info of the operation's first root field, as much of it as the selection helpers read. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const byName: Record<string, FragmentDefinitionNode> = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  let lookups = 0;
  const fragments = new Proxy(byName, {
    get(target, name) {
      if (++lookups > MAX_LOOKUPS) throw new Error(`fragments looked up more than ${MAX_LOOKUPS} times: the search repeats itself`);
      return Reflect.get(target, name);
    },
  });
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const WALK = ['applications', 'components', 'instances'];

describe('selectsOfEveryItem', () => {
  it.each([
    ['nodes all the way', '{ environments { nodes { applications { nodes { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }', true],
    ['edges at one level', '{ environments { nodes { applications { edges { node { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } } }', true],
    ['an argument on the way', '{ environments { nodes { applications { nodes { components(first: 1) { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }', false],
    ['a directive on the leaf', '{ environments { nodes { applications { nodes { components { nodes { instances { nodes { lastJob @skip(if: true) { rawId } } } } } } } } } }', false],
    ['the leaf elsewhere', '{ environments { nodes { applications { nodes { components { nodes { name } } } } } } }', false],
    ['through spreads and inline fragments', '{ environments { ...E } } fragment E on EnvironmentConnection { nodes { ... on Environment { applications { nodes { components { nodes { instances { nodes { ...J } } } } } } } } } fragment J on ComponentInstance { lastJob { rawId } }', true],
  ])('should answer for %s', (_what, document, expected) => {
    expect(selectsOfEveryItem(infoOf(document), WALK, 'lastJob')).toBe(expected);
  });

  it('should search a fragment spread many times once, however deep the spreads nest', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 ways through the text, one through the memo.
    const depth = 40;
    const chain = Array.from({ length: depth }, (_, i) => `fragment F${i} on ComponentInstance { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const document = `{ environments { nodes { applications { nodes { components { nodes { instances { nodes { ...F0 } } } } } } } } } ${chain} fragment F${depth} on ComponentInstance { lastJob { rawId } }`;
    expect(selectsOfEveryItem(infoOf(document), WALK, 'lastJob')).toBe(true);
  });
});
