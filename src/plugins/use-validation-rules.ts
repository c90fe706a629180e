import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The gateway's document rules (operation limits, write cap, introspection policy), added in one
 * onValidate hook. envelop builds a payload and its callbacks for every onValidate hook of every
 * request, even when yoga's cache already holds the document's validation result, so one hook
 * instead of one plugin per rule.
 */
export function useValidationRules(rules: readonly ValidationRule[]): Plugin {
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}
