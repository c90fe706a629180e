import { readdirSync, readFileSync } from 'node:fs';
import { type DocumentNode, type OperationDefinitionNode, parse } from 'graphql';
import * as generated from '../../operations/generated/graphql.ts';

const OPERATIONS_DIR = new URL('../../operations/', import.meta.url);

/** Every document in operations/ (file name → parsed document), read afresh so a new file is included. */
export function operationFiles(): { file: string; document: DocumentNode }[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, document: parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')) }));
}

/** All of operations/ as one document: operations may spread fragments defined in other files. */
export function allOperations(): DocumentNode {
  return {
    kind: 'Document' as DocumentNode['kind'],
    definitions: operationFiles().flatMap((f) => f.document.definitions),
  };
}

/** Each operation defined in operations/, with the file it is in. */
export function operationDefinitions(): { file: string; operation: OperationDefinitionNode; name: string }[] {
  return operationFiles().flatMap(({ file, document }) =>
    document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
      .map((operation) => {
        if (!operation.name)
          throw new Error(`operations/${file}: an anonymous operation cannot be generated or persisted`);
        return { file, operation, name: operation.name.value };
      }),
  );
}

/** The one root field an operation in operations/ selects. */
export function rootField(operation: OperationDefinitionNode): string {
  const [first] = operation.selectionSet.selections;
  if (first?.kind !== 'Field') throw new Error('an operation here selects one root field');
  return first.name.value;
}

/** The typed document `npm run codegen` generated for the operation (what a frontend imports). */
export function typedDocument(name: string): DocumentNode {
  const document: unknown = (generated as Record<string, unknown>)[`${name}Document`];
  if (typeof document !== 'object' || document === null || !('kind' in document))
    throw new Error(`operations/generated has no ${name}Document: run \`npm run codegen\``);
  return document as DocumentNode;
}
