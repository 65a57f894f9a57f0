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
  const plain = (node: { directives?: readonly unknown[]; arguments?: readonly unknown[] }) => !node.directives?.length && !node.arguments?.length;
  /** reaches(connection, step), by connection, then step. */
  const found = new Map<SelectionSetNode, boolean[]>();
  /** The distinct selection sets of the plain fields `name` in `set`, through fragments. */
  const fields = (set: SelectionSetNode, name: string, into = new Set<SelectionSetNode>(), seen = new Set<SelectionSetNode>()): Set<SelectionSetNode> => {
    // A fragment cycle (refused by validation before execution) ends here instead of looping.
    if (seen.has(set)) return into;
    seen.add(set);
    for (const sel of set.selections) {
      if (!plain(sel)) continue;
      if (sel.kind === 'Field') {
        if (sel.name.value === name) into.add(sel.selectionSet ?? NO_SELECTIONS);
      } else {
        const inner = sel.kind === 'InlineFragment' ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet;
        if (inner) fields(inner, name, into, seen);
      }
    }
    return into;
  };
  const items = (connection: SelectionSetNode) => [...fields(connection, 'nodes'), ...[...fields(connection, 'edges')].flatMap((edges) => [...fields(edges, 'node')])];
  /** Whether `leaf` is asked of every item of `connection`, the rest of the way down `lists[step..]`. */
  const reaches = (connection: SelectionSetNode, step: number): boolean => {
    let byStep = found.get(connection);
    if (!byStep) found.set(connection, (byStep = []));
    const known = byStep[step];
    if (known !== undefined) return known;
    byStep[step] = false;
    const list = lists[step];
    byStep[step] = items(connection).some((item) => (list === undefined ? fields(item, leaf).size > 0 : [...fields(item, list)].some((next) => reaches(next, step + 1))));
    return byStep[step];
  };
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && reaches(node.selectionSet, 0));
}
const NO_SELECTIONS: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [] };
