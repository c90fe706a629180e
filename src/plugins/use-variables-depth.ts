import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';

/**
 * Deepest nesting of objects and lists a request's `variables` may have (the variables object is
 * level 1). The deepest input of the schema, routing criteria, nests expressions as deep as a client
 * likes; 64 levels hold about 30 of them, far past any real routing step.
 */
export const MAX_VARIABLES_DEPTH = 64;

/** How deeply `value` nests objects and lists, counted without recursion (deep input is the point). */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Whether a request's `variables` nest deeper than MAX_VARIABLES_DEPTH. */
export const variablesTooDeep = (variables: unknown): boolean =>
  variables != null && nestingDepth(variables) > MAX_VARIABLES_DEPTH;

/**
 * Refuses variables nested deeper than MAX_VARIABLES_DEPTH with a 400, before anything reads them.
 * graphql-js coerces input values recursively: a body of a few hundred nested routing expressions
 * (well within the size limit) overflowed its stack, and the client got a masked 500. Literals in the
 * document need no such check: the token limit (useOperationLimits) bounds their nesting.
 */
export function useVariablesDepthLimit(): Plugin {
  return {
    onParams({ params }) {
      if (!variablesTooDeep(params.variables)) return;
      throw createGraphQLError(`Variables may nest objects and lists at most ${MAX_VARIABLES_DEPTH} levels deep.`, {
        extensions: { code: ErrorCode.VARIABLES_TOO_DEEP, http: { status: 400 } },
      });
    },
  };
}
