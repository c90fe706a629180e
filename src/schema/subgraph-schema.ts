import { printSubgraphSchema } from '@apollo/subgraph';
import { EntityType, entitiesField, serviceField } from '@apollo/subgraph/dist/types.js';
import { hasResolvableKey } from '@pothos/plugin-federation';
import {
  type GraphQLFieldConfigMap,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isObjectType,
  lexicographicSortSchema,
} from 'graphql';
import type { GatewayContext } from '../context.ts';
import { builder } from './builder.ts';

const FEDERATION = {
  url: 'https://specs.apollo.dev/federation/v2.6',
  import: ['@key', '@shareable'],
};

/**
 * The subgraph schema a router composes (Federation 2: `@link`, `_entities`, `_service`), built
 * as Pothos' `builder.toSubGraphSchema()` builds it, with one difference: the SDL `_service`
 * answers is printed when a router first asks for it. Pothos prints it while building, and
 * printing a subgraph (@apollo/subgraph builds and validates a federation schema to do so) was
 * the largest single cost of every start (docs/performance.md#start-up-and-memory); routers ask
 * once, when they compose. The schema-drift test keeps the result equal to schema.graphql.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  const schema = builder.toSchema({
    sortSchema: true,
    extensions: { directives: [{ name: 'link', args: FEDERATION }] },
  });
  const queryType = schema.getQueryType();
  const types = Object.values(schema.getTypeMap());
  const entityTypes = types.filter((type) => isObjectType(type) && hasResolvableKey(type)) as GraphQLObjectType[];
  let sdl: string | undefined;
  const query: GraphQLObjectType = new GraphQLObjectType({
    ...(queryType?.toConfig() ?? { name: 'Query' }),
    fields: (): GraphQLFieldConfigMap<unknown, GatewayContext> => ({
      ...(entityTypes.length > 0 && {
        _entities: {
          ...entitiesField,
          type: new GraphQLNonNull(
            new GraphQLList(new GraphQLUnionType({ ...EntityType.toConfig(), types: entityTypes })),
          ),
        },
      }),
      _service: {
        ...serviceField,
        resolve: () => {
          sdl ??= printSubgraphSchema(subgraph);
          return { sdl };
        },
      },
      ...queryType?.toConfig().fields,
    }),
  });
  const subgraph = lexicographicSortSchema(
    new GraphQLSchema({
      ...schema.toConfig(),
      query,
      types: [...types.filter((type) => type.name !== query.name), query],
    }),
  );
  return subgraph;
}
