import {
  DOCUMENTED_RULES,
  type ModelConstraints,
  type ModelOperationName,
  modelMember,
} from '@connect-gateway/connect-model';
import type { z } from 'zod';
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

/** The constraints taken from the model so far (the schema's modules take them at import). */
export const usedModelConstraints = (): readonly UsedConstraint[] => [...used.values()];

/** The model's constraints of a member, narrowed by the gateway's own documented rule on it, if any. */
export function gatewayConstraints(operation: ModelOperationName, path: string): ModelConstraints {
  const member = modelMember(operation, path);
  const constraints = { ...member.constraints };
  for (const rule of Object.values(DOCUMENTED_RULES))
    if (rule.enforcedBy === 'gateway' && rule.operation === operation && rule.path === path && 'max' in rule)
      constraints.max = rule.max;
  used.set(`${operation}.${path}`, { operation, path, shapeName: member.shapeName, constraints });
  return constraints;
}

const asNumber = (bound: number | bigint | undefined, absent: number): number =>
  bound === undefined ? absent : Number(bound);

/** A string's length limits in code points (a list's or map's entry limits), 0 to unbounded when the model says none. */
export function modelLength(operation: ModelOperationName, path: string): { min: number; max: number } {
  const { min, max } = gatewayConstraints(operation, path);
  return { min: asNumber(min, 0), max: asNumber(max, Number.POSITIVE_INFINITY) };
}

/** A number's range as the model states it (a long's bounds as bigints). */
export function modelRange(
  operation: ModelOperationName,
  path: string,
): { min: number | bigint | undefined; max: number | bigint | undefined } {
  const { min, max } = gatewayConstraints(operation, path);
  return { min, max };
}

/** The model's pattern of a string member, as a RegExp (patterns are not anchored unless they say so). */
export function modelPattern(operation: ModelOperationName, path: string): RegExp | undefined {
  const { pattern } = gatewayConstraints(operation, path);
  return pattern === undefined ? undefined : new RegExp(pattern, 'u');
}

/**
 * A string member as the model constrains it: well-formed Unicode, its length in code points, and
 * its pattern (one issue naming the pattern), e.g. `fromModel('UpdateContact', 'Name')`.
 */
export function fromModel(operation: ModelOperationName, path: string): z.ZodType<string> {
  const { min, max } = modelLength(operation, path);
  const pattern = modelPattern(operation, path);
  const length = connectString(min, max);
  if (!pattern) return length;
  return length.superRefine((value, ctx) => {
    // A length already broken by an empty value: the pattern would only say it again.
    if (value.length > 0 && !pattern.test(value))
      ctx.addIssue({ code: 'custom', message: `must match the pattern ${pattern.source}` });
  });
}

/** The values a string member's enum allows. */
export function modelEnum(operation: ModelOperationName, path: string): readonly string[] {
  const values = gatewayConstraints(operation, path).enum;
  if (!values) throw new Error(`Connect model: ${operation} ${path} is not an enum`);
  return values;
}
