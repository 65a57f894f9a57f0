/** Whether an operation asks for a field below the current one (through fragments too). */
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === 'Field' && sel.name.value === name) return true;
      if (sel.kind === 'InlineFragment' && visit(sel.selectionSet, seen)) return true;
      if (sel.kind === 'FragmentSpread' && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[sel.name.value];
        if (fragment && visit(fragment.selectionSet, seen)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}

/** Whether an operation asks, anywhere below the current field, for any of these fields (through fragments too). */
export function selectsFieldBelow(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === 'Field' && (wanted.has(sel.name.value) || visit(sel.selectionSet))) return true;
      if (sel.kind === 'InlineFragment' && visit(sel.selectionSet)) return true;
      if (sel.kind === 'FragmentSpread' && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        if (visit(info.fragments[sel.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * Whether the operation asks, below the current field (a connection), for `leaf` of every item the walk
 * down `lists` reaches: `nodes` (or `edges { node }`), then each list with its own `nodes`, then `leaf`.
 * Only a way without arguments or directives counts: either could make the walk read fewer items (a
 * page, an order, an `@include`), and what is read ahead must be what the operation reads. Each
 * selection set is searched once per step (memoised), so fragments spread many times cost no more.
 */
export function selectsOfEveryItem(info: GraphQLResolveInfo, lists: readonly string[], leaf: string): boolean {
  // Every way as the fields to find in turn; a connection's items are `nodes` or `edges.node`.
  const ways = (rest: readonly string[]): string[][] => {
    const [list, ...more] = rest;
    const tails = list === undefined ? [[leaf]] : ways(more).map((tail) => [list, ...tail]);
    return tails.flatMap((tail) => [['nodes', ...tail], ['edges', 'node', ...tail]]);
  };
  const plain = (node: { directives?: readonly unknown[]; arguments?: readonly unknown[] }) => !node.directives?.length && !node.arguments?.length;
  const memo = <T>() => new Map<SelectionSetNode, Map<string, T>>();
  const fieldsMemo = memo<SelectionSetNode[]>();
  const followsMemo = memo<boolean>();
  const remembered = <T>(table: Map<SelectionSetNode, Map<string, T>>, set: SelectionSetNode, key: string, pending: T, compute: () => T): T => {
    let known = table.get(set);
    if (!known) table.set(set, (known = new Map()));
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    // A fragment cycle (refused by validation before execution) ends here instead of looping.
    known.set(key, pending);
    const value = compute();
    known.set(key, value);
    return value;
  };
  /** The selection sets of the plain fields `name` in `set`, through fragments. */
  const fields = (set: SelectionSetNode, name: string): SelectionSetNode[] =>
    remembered(fieldsMemo, set, name, [], () =>
      set.selections.flatMap((sel) => {
        if (!plain(sel)) return [];
        if (sel.kind === 'Field') return sel.name.value === name ? [sel.selectionSet ?? NO_SELECTIONS] : [];
        const inner = sel.kind === 'InlineFragment' ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet;
        return inner ? fields(inner, name) : [];
      }),
    );
  const follows = (set: SelectionSetNode, way: readonly string[]): boolean => {
    const [name, ...rest] = way;
    if (name === undefined) return true;
    return remembered(followsMemo, set, way.join('.'), false, () => fields(set, name).some((next) => follows(next, rest)));
  };
  return ways(lists).some((way) => info.fieldNodes.some((node) => node.selectionSet !== undefined && follows(node.selectionSet, way)));
}

const NO_SELECTIONS: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [] };
