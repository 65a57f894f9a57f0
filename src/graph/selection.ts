/** Whether an operation asks for a field below the current one (through fragments too). */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
