import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses `__schema`/`__type` (graphql-js's own rule) when introspection is off, as it is in
 * production unless GRAPHQL_INTROSPECTION=true. `_service { sdl }` is an ordinary field, so a
 * federation router still reads the subgraph schema; `__typename` stays allowed.
 */
export function useIntrospectionPolicy(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}
