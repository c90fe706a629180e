import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, Kind } from 'graphql';
import { servedBySummary } from '../schema/contact/contact-from-summary.ts';
import { DEFAULT_PAGE_SIZE } from '../schema/contact/search-cursor.ts';
import { selectionPaths } from '../schema/contact/selection-paths.ts';

const NODE = 'edges.node.';

/**
 * The DescribeContact reads a searchContacts field may make: none when every node selection stays
 * within the search summary, otherwise one per contact of a full page (`first`, or the default),
 * so that a page can never fan out past the read cap.
 */
export function searchPageReads(field: FieldNode, document: DocumentNode, first: unknown): number {
  if (!field.selectionSet) return 0;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const nodePaths = new Set(
    [...selectionPaths([field.selectionSet], fragments)]
      .filter((path) => path.startsWith(NODE))
      .map((path) => path.slice(NODE.length)),
  );
  if (servedBySummary(nodePaths)) return 0;
  return typeof first === 'number' && Number.isInteger(first) && first > 0 ? first : DEFAULT_PAGE_SIZE;
}
