import {
  DOCUMENTED_RULES,
  type ModelConstraints,
  type ModelOperationName,
  modelMember,
} from '@connect-gateway/connect-model';
import type { z } from 'zod';
import { entryCount } from './lists.ts';
import { connectString } from './strings.ts';

// Every limit the gateway checks comes from Connect's service model
// (packages/connect-model), narrowed only by the product rules of DOCUMENTED_RULES.

/** One constraint the gateway took from the model, as the conformance test compares it. */
export interface UsedConstraint {
  operation: ModelOperationName;
  path: string;
  shapeName: string;
  constraints: ModelConstraints;
}

const used = new Map<string, UsedConstraint>();

/**
 * The constraints the gateway's validators took from the model (the schema's modules take them at
 * import). Only validators record: a limit read for a description alone is not a check.
 */
export const usedModelConstraints = (): readonly UsedConstraint[] => [...used.values()];

/** The model's constraints of a member, narrowed by the gateway's own documented rule on it, if any. */
function gatewayConstraints(operation: ModelOperationName, path: string): ModelConstraints {
  const constraints = { ...modelMember(operation, path).constraints };
  for (const rule of Object.values(DOCUMENTED_RULES))
    if (rule.enforcedBy === 'gateway' && rule.operation === operation && rule.path === path && 'max' in rule)
      constraints.max = rule.max;
  return constraints;
}

/** gatewayConstraints, recorded as checked by a validator. */
function checkedConstraints(operation: ModelOperationName, path: string): ModelConstraints {
  const constraints = gatewayConstraints(operation, path);
  const { shapeName } = modelMember(operation, path);
  used.set(`${operation}.${path}`, { operation, path, shapeName, constraints });
  return constraints;
}

const asNumber = (bound: number | bigint | undefined, absent: number): number =>
  bound === undefined ? absent : Number(bound);

const lengthOf = ({ min, max }: ModelConstraints) => ({
  min: asNumber(min, 0),
  max: asNumber(max, Number.POSITIVE_INFINITY),
});

/**
 * A string's length limits in code points (a list's or map's entry limits), 0 to unbounded when
 * the model says none: for descriptions and messages; validators use fromModel and modelEntryCount.
 */
export function modelLength(
  operation: ModelOperationName,
  path: string,
  side: 'input' | 'output' = 'input',
): { min: number; max: number } {
  return lengthOf(
    side === 'input' ? gatewayConstraints(operation, path) : modelMember(operation, path, side).constraints,
  );
}

/** A refinement for a list or map (given as a list) whose number of entries the model limits. */
export function modelEntryCount(operation: ModelOperationName, path: string, noun: string) {
  const { min, max } = lengthOf(checkedConstraints(operation, path));
  return entryCount(min, max, noun);
}

/** A number's range as the model states it (a long's bounds as bigints). */
export function modelRange(
  operation: ModelOperationName,
  path: string,
): { min: number | bigint | undefined; max: number | bigint | undefined } {
  const { min, max } = checkedConstraints(operation, path);
  return { min, max };
}

/**
 * A string member as the model constrains it: well-formed Unicode, its length in code points, and
 * its pattern (one issue; `patternMessage` says what the pattern means, else the pattern is named),
 * e.g. `fromModel('UpdateContact', 'Name')`. Patterns are not anchored unless they say so.
 */
export function fromModel(
  operation: ModelOperationName,
  path: string,
  patternMessage?: (value: string, pattern: RegExp) => string,
): z.ZodType<string> {
  const constraints = checkedConstraints(operation, path);
  const { min, max } = lengthOf(constraints);
  const length = connectString(min, max);
  if (constraints.pattern === undefined) return length;
  const pattern = new RegExp(constraints.pattern, 'u');
  return length.superRefine((value, ctx) => {
    // A length already broken by an empty value: the pattern would only say it again.
    if (value.length > 0 && !pattern.test(value))
      ctx.addIssue({
        code: 'custom',
        message: patternMessage?.(value, pattern) ?? `must match the pattern ${pattern.source}`,
      });
  });
}

/** The values a string member's enum allows. */
export function modelEnum(operation: ModelOperationName, path: string): readonly string[] {
  const values = checkedConstraints(operation, path).enum;
  if (!values) throw new Error(`Connect model: ${operation} ${path} is not an enum`);
  return values;
}
