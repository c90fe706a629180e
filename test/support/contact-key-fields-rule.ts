import {
  type ASTVisitor,
  type FieldNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isObjectType,
  type SelectionSetNode,
  typeFromAST,
  type ValidationContext,
} from 'graphql';

/** The fields a client cache keys a contact by: Apollo's keyFields and graphcache's `keys.Contact`. */
export const CONTACT_KEY_FIELDS = ['instanceId', 'id'] as const;

/**
 * A validation rule: wherever an operation may receive a `Contact` (a field of type Contact or
 * [Contact], or of a union or interface Contact belongs to, at any depth), the fields it selects
 * for that Contact, through fragments and inline fragments, include `instanceId` and `id`,
 * unaliased. Apollo Client throws ("Missing field 'instanceId' while extracting keyFields") on a
 * contact without them, after Connect applied the change; graphcache cannot key it and keeps the
 * cached contact stale.
 *
 * It walks each operation as graphql-js executes it (collect fields per runtime type, merge the
 * sub-selections of fields with the same response key) rather than node by node with TypeInfo:
 * `contact { instanceId id }` and `contact { name }` side by side are one field with all three.
 */
export function ContactKeyFieldsRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  const contact = schema.getType('Contact');
  if (!isObjectType(contact)) throw new Error('ContactKeyFieldsRule: the schema has no object type Contact');

  const applies = (condition: GraphQLNamedType | undefined, runtime: GraphQLObjectType) =>
    condition === runtime ||
    (condition !== undefined && isAbstractType(condition) && schema.isSubType(condition, runtime));

  /** Groups the fields `runtime` gets from `selectionSet` by response key, as CollectFields does. */
  const collect = (
    runtime: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    groups: Map<string, FieldNode[]>,
    spread: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        groups.set(key, [...(groups.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition && typeFromAST(schema, selection.typeCondition);
        if (!selection.typeCondition || applies(condition, runtime))
          collect(runtime, selection.selectionSet, groups, spread);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = context.getFragment(selection.name.value);
        if (fragment && applies(typeFromAST(schema, fragment.typeCondition), runtime))
          collect(runtime, fragment.selectionSet, groups, spread);
      }
    }
  };

  /** Checks what `runtime` gets from `selectionSets` (merged), then every field below it. */
  const walk = (runtime: GraphQLObjectType, selectionSets: SelectionSetNode[], path: string[], at: FieldNode[]) => {
    const groups = new Map<string, FieldNode[]>();
    const spread = new Set<string>();
    for (const selectionSet of selectionSets) collect(runtime, selectionSet, groups, spread);
    if (runtime === contact) {
      const missing = CONTACT_KEY_FIELDS.filter(
        (field) => !groups.get(field)?.some((node) => node.name.value === field),
      );
      if (missing.length > 0)
        context.reportError(
          new GraphQLError(
            `The Contact at ${path.join('.')} selects no ${missing.join(' and no ')}: select both instanceId and id, its cache key.`,
            { nodes: at },
          ),
        );
    }
    for (const [key, nodes] of groups) {
      const definition = runtime.getFields()[nodes[0]?.name.value ?? ''];
      const subSelections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      if (!definition || subSelections.length === 0) continue;
      const type = getNamedType(definition.type);
      const runtimes = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
      for (const next of runtimes) walk(next, subSelections, [...path, key], nodes);
    }
  };

  return {
    OperationDefinition(operation) {
      const root = schema.getRootType(operation.operation);
      if (root) walk(root, [operation.selectionSet], [operation.name?.value ?? operation.operation], []);
      return false;
    },
  };
}
