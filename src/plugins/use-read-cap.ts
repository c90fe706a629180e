import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';

type Variables = Record<string, unknown> | null | undefined;

/** `_entities` representations and `contact` fields of the root selection, as contact keys. */
function contactReads(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  variables: Variables,
  keys: Set<string>,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      contactReads(selection.selectionSet, document, variables, keys, seen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        contactReads(fragment.selectionSet, document, variables, keys, seen);
      continue;
    }
    const args = Object.fromEntries(
      (selection.arguments ?? []).map((arg) => [
        arg.name.value,
        valueFromASTUntyped(arg.value, variables ?? undefined),
      ]),
    );
    if (selection.name.value === '_entities') {
      const representations: unknown[] = Array.isArray(args.representations) ? args.representations : [];
      // Anything that is not a plain representation still counts: it is refused later, but never free.
      for (const item of representations) keys.add(JSON.stringify(item ?? null));
    } else if (selection.name.value === 'contact') {
      keys.add(JSON.stringify({ Contact: [args.instanceId, args.contactId] }));
    }
  }
}

function countContactReads(operation: OperationDefinitionNode, document: DocumentNode, variables: Variables): number {
  if (operation.operation !== 'query') return 0;
  const keys = new Set<string>();
  contactReads(operation.selectionSet, document, variables, keys);
  return keys.size;
}

/**
 * A hard cap on the DescribeContact calls one request may cause, counted before execution: the
 * distinct `_entities` representations plus the `contact` fields of a query. A request past it is
 * refused whole, before any Connect call, so one caller cannot spend the account's Connect quota
 * (shared by every client) in one request. The contact loader enforces the same budget again.
 */
export function useReadCap(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document: DocumentNode = args.document;
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (args.operationName == null || d.name?.value === args.operationName),
      );
      if (operation === undefined) return;
      const reads = countContactReads(operation, document, args.variableValues);
      if (reads <= max) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`A request may read at most ${max} contacts from Connect; this one asks for ${reads}.`, {
            extensions: { code: ErrorCode.TOO_MANY_READS },
          }),
        ],
      });
    },
  };
}
