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
import { searchPageReads } from './search-page-reads.ts';

type Variables = Record<string, unknown> | null | undefined;

/** What a query asks to read: every `_entities` representation (duplicates too), the `contact` fields' keys and a searchContacts page's potential reads. */
interface Reads {
  representations: unknown[][];
  contactFields: string[];
}

/** `_entities` representations and `contact` fields of the root selection. */
function collectReads(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  variables: Variables,
  reads: Reads,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectReads(selection.selectionSet, document, variables, reads, seen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        collectReads(fragment.selectionSet, document, variables, reads, seen);
      continue;
    }
    const args = Object.fromEntries(
      (selection.arguments ?? []).map((arg) => [
        arg.name.value,
        valueFromASTUntyped(arg.value, variables ?? undefined),
      ]),
    );
    if (selection.name.value === '_entities') {
      const given = args.representations;
      // GraphQL makes a single value a list of one; anything else is refused later, but never free.
      reads.representations.push(Array.isArray(given) ? given : given == null ? [] : [given]);
    } else if (selection.name.value === 'contact') {
      reads.contactFields.push(JSON.stringify({ Contact: [args.instanceId, args.contactId] }));
    } else if (selection.name.value === 'searchContacts') {
      // Each contact of a page that selects fields beyond the search summary is a DescribeContact.
      const alias = selection.alias?.value ?? selection.name.value;
      const pageReads = searchPageReads(selection, document, args.first);
      for (let i = 0; i < pageReads; i++) reads.contactFields.push(JSON.stringify({ [alias]: i }));
    }
  }
}

function readsOf(operation: OperationDefinitionNode, document: DocumentNode, variables: Variables): Reads {
  const reads: Reads = { representations: [], contactFields: [] };
  if (operation.operation === 'query') collectReads(operation.selectionSet, document, variables, reads);
  return reads;
}

function distinctContacts({ representations, contactFields }: Reads): number {
  const keys = new Set<string>(contactFields);
  for (const list of representations) for (const item of list) keys.add(JSON.stringify(item ?? null));
  return keys.size;
}

/**
 * Two hard caps, counted before execution, each refusing the whole request before any Connect
 * call. Representations: every `_entities` representation counts, duplicates too: each is
 * resolved and answered one by one (9,000 copies of one cost ~1.2 s of CPU and a 2.2 MB answer for
 * a single Connect call). Reads: the distinct `_entities` representations plus the `contact`
 * fields of a query, so one caller cannot spend the account's Connect quota (shared by every
 * client) in one request; the contact loader enforces the same budget again. The refusal, or
 * undefined when the operation is within both.
 */
export function readCapError(
  {
    document,
    operationName,
    variables,
  }: { document: DocumentNode; operationName?: string | null; variables: Variables },
  maxReads: number,
  maxRepresentations: number,
): GraphQLError | undefined {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  );
  if (operation === undefined) return undefined;
  const reads = readsOf(operation, document, variables);
  const representations = reads.representations.reduce((sum, list) => sum + list.length, 0);
  if (representations > maxRepresentations)
    return new GraphQLError(
      `A request may carry at most ${maxRepresentations} _entities representations, duplicates included; this one has ${representations}.`,
      { extensions: { code: ErrorCode.TOO_MANY_REPRESENTATIONS } },
    );
  const count = distinctContacts(reads);
  if (count <= maxReads) return undefined;
  return new GraphQLError(`A request may read at most ${maxReads} contacts from Connect; this one asks for ${count}.`, {
    extensions: { code: ErrorCode.TOO_MANY_READS },
  });
}

/** The caps of readCapError, before execution. */
export function useReadCap(maxReads: number, maxRepresentations: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = readCapError(
        { document: args.document, operationName: args.operationName, variables: args.variableValues },
        maxReads,
        maxRepresentations,
      );
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
