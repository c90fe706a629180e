import { type DocumentNode, getOperationAST, Kind, type SelectionSetNode } from 'graphql';

// Root fields anyone may select without a token: the router's `_service` (the subgraph SDL) and
// schema introspection (itself switched off in production unless configured).
const PUBLIC_ROOT_FIELDS = new Set(['_service', '__typename', '__schema', '__type']);

function selectsOnlyPublic(selectionSet: SelectionSetNode, document: DocumentNode, seen: Set<string>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return PUBLIC_ROOT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsOnlyPublic(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && selectsOnlyPublic(fragment.selectionSet, document, seen);
  });
}

/** Whether executing this operation needs a verified caller (anything beyond `_service` and introspection). */
export function needsIdentity(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  return operation == null || !selectsOnlyPublic(operation.selectionSet, document, new Set());
}
