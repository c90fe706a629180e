import { type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/**
 * Every field selected in `sets`, as dotted paths ("agent.id"), through fragments and inline
 * fragments; a field under @skip or @include counts as selected (at worst a read).
 */
export function selectionPaths(
  sets: readonly SelectionSetNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
): Set<string> {
  const paths = new Set<string>();
  const pending = sets.map((set) => ({ set, prefix: '', seen: new Set<string>() }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { set, prefix, seen } = next;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = `${prefix}${selection.name.value}`;
        paths.add(path);
        if (selection.selectionSet) pending.push({ set: selection.selectionSet, prefix: `${path}.`, seen });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push({ set: selection.selectionSet, prefix, seen });
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments[selection.name.value];
        if (fragment)
          pending.push({ set: fragment.selectionSet, prefix, seen: new Set([...seen, selection.name.value]) });
      }
    }
  }
  return paths;
}
