import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits on what one document may ask for, checked at parse/validation time (cached by yoga per
 * document, so a repeated operation pays nothing). Chosen for this schema:
 * - depth 8: the committed operations and the router's entity queries have depth 4 (armor counts
 *   inline fragments as a level); nesting fragments deeper is only a way to burn CPU. Introspection
 *   is left to useIntrospectionPolicy (GraphiQL's own query has depth 21 by this count).
 * - aliases 15: a client needs a few; the write cap (useWriteCap) is the real bound on Connect calls.
 * - tokens 1000: the committed operations use about 120; the router's entity queries fewer.
 * - directives 10, cost 5000 (armor's cost model): room for every real operation, not for floods.
 */
export const OPERATION_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 5000,
} as const;

/** graphql-armor's configuration of the limits above; field suggestions ("Did you mean …?") hidden in production. */
export function armorConfig(production: boolean) {
  return {
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  };
}

/** graphql-armor with the limits above (armorConfig). */
export function useOperationLimits(production: boolean): Plugin {
  const armor = new EnvelopArmor(armorConfig(production));
  const { plugins } = armor.protect();
  return {
    onPluginInit: ({ addPlugin }) => {
      for (const plugin of plugins) addPlugin(plugin as Plugin);
    },
  };
}
