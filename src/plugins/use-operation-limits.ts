import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits on what one document may ask for, checked at parse/validation time (cached by yoga per
 * document, so a repeated operation pays nothing). Chosen for this schema:
 * - depth 8: the committed operations and the router's entity queries have depth 4 (armor counts
 *   inline fragments as a level); nesting fragments deeper is only a way to burn CPU. Introspection
 *   is left to the introspection rule (security-plugins.ts) (GraphiQL's own query has depth 21 by this count).
 * - aliases 15: a client needs a few; the write cap (write-cap.ts) is the real bound on Connect calls.
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

/** graphql-armor's validation rules for the depth, alias, directive and cost limits above, for useValidationRules. */
export function operationLimitRules(): ValidationRule[] {
  const config = armorConfig(true);
  return [
    maxDepthRule(config.maxDepth),
    maxAliasesRule(config.maxAliases),
    maxDirectivesRule(config.maxDirectives),
    costLimitRule(config.costLimit),
  ];
}

/**
 * graphql-armor's other protections with the limits above: the token limit (a parser option) and,
 * in production, no field suggestions. The rules of operationLimitRules run in useValidationRules.
 */
export function useOperationLimits(production: boolean): Plugin {
  const armor = new EnvelopArmor({
    ...armorConfig(production),
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
  });
  const { plugins } = armor.protect();
  return {
    onPluginInit: ({ addPlugin }) => {
      for (const plugin of plugins) addPlugin(plugin as Plugin);
    },
  };
}
