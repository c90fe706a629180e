import { type DocumentNode, getOperationAST, Kind, type SelectionSetNode } from 'graphql';

// Root fields anyone may select without a token: schema introspection (itself switched off in
// production unless configured) and, where the schema is public anyway, the router's `_service`
// (the subgraph SDL: the whole schema, so it is public only with introspection on or behind
// ROUTER_SECRET, which lets nobody but the router reach the port).
const INTROSPECTION_FIELDS = ['__typename', '__schema', '__type'];

/** The root fields a request without a token may select. */
export const publicRootFields = (servicePublic: boolean): ReadonlySet<string> =>
  new Set(servicePublic ? ['_service', ...INTROSPECTION_FIELDS] : INTROSPECTION_FIELDS);

function selectsOnlyPublic(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  seen: Set<string>,
  publicFields: ReadonlySet<string>,
): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return publicFields.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsOnlyPublic(selection.selectionSet, document, seen, publicFields);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return (
      fragment?.kind === Kind.FRAGMENT_DEFINITION &&
      selectsOnlyPublic(fragment.selectionSet, document, seen, publicFields)
    );
  });
}

/** Whether executing this operation needs a verified caller (anything beyond the public root fields). */
export function needsIdentity(
  document: DocumentNode,
  operationName: string | null | undefined,
  publicFields: ReadonlySet<string>,
): boolean {
  const operation = getOperationAST(document, operationName);
  return operation == null || !selectsOnlyPublic(operation.selectionSet, document, new Set(), publicFields);
}
