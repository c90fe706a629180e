import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

// Every root field of a mutation is one Connect write (each Connect operation is one mutation);
// `__typename` is the only other field a mutation's root can select.
const isWriteField = (name: string) => name !== '__typename';

/**
 * How many Connect writes a mutation can make: distinct response keys (aliases) of its root
 * fields, through fragments and inline fragments. @skip/@include are ignored, so it is an upper
 * bound; repeated spreads of one fragment merge into the same keys, as in execution.
 */
export function countWrites(operation: OperationDefinitionNode, document: DocumentNode): number {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isWriteField(selection.name.value)) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet);
      }
    }
  };
  if (operation.operation === 'mutation') visit(operation.selectionSet);
  return keys.size;
}
