// UpdateContactRoutingData's RoutingCriteria (RoutingCriteriaInput in Connect's service model):
// JSON types for the deserializer, then every modelled constraint. Stored as sent.
import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { text } from './contact-lookup.ts';
import { modelRange, modelString } from './model-limits.ts';
import { rangeViolation } from './validation.ts';

/** A Java int: anything else cannot be deserialized into one. */
export const int32 = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
const float = z.number();

const attributeCondition = z.looseObject({
  Name: text,
  Value: text,
  ProficiencyLevel: float.nullish(),
  Range: z.looseObject({ MinProficiencyLevel: float.nullish(), MaxProficiencyLevel: float.nullish() }).nullish(),
  MatchCriteria: z
    .looseObject({ AgentsCriteria: z.looseObject({ AgentIds: z.array(z.string()).nullish() }).nullish() })
    .nullish(),
  ComparisonOperator: text,
});
type AttributeCondition = z.output<typeof attributeCondition>;

interface Expression {
  AttributeCondition?: AttributeCondition | null;
  AndExpression?: Expression[] | null;
  OrExpression?: Expression[] | null;
  NotAttributeCondition?: AttributeCondition | null;
}
const expression: z.ZodType<Expression> = z.lazy(() =>
  z.looseObject({
    AttributeCondition: attributeCondition.nullish(),
    AndExpression: z.array(expression).nullish(),
    OrExpression: z.array(expression).nullish(),
    NotAttributeCondition: attributeCondition.nullish(),
  }),
);

export const routingCriteriaSchema = z.looseObject({
  Steps: z
    .array(
      z.looseObject({
        Expiry: z.looseObject({ DurationInSeconds: int32.nullish() }).nullish(),
        Expression: expression.nullish(),
      }),
    )
    .nullish(),
});
export type RoutingCriteriaInput = z.output<typeof routingCriteriaSchema>;

// The members of an attribute condition, as the model's paths name them.
const CONDITION = 'RoutingCriteria.Steps.member.Expression.AttributeCondition';
const check = (member: string) => modelString('UpdateContactRoutingData', `${CONDITION}.${member}`);
const nameCheck = check('Name');
const valueCheck = check('Value');
const agentIdCheck = check('MatchCriteria.AgentsCriteria.AgentIds.member');
const comparisonCheck = check('ComparisonOperator');

// NullableProficiencyLevel: a float, 1.0 to 5.0 in the model.
const LEVEL = modelRange('UpdateContactRoutingData', `${CONDITION}.ProficiencyLevel`);
const levelViolation = (value: number | null | undefined, path: string) =>
  rangeViolation(value, path, LEVEL.min, LEVEL.max);

function conditionViolation(c: AttributeCondition | null | undefined, path: string): EmulatedServiceError | undefined {
  if (!c) return undefined;
  const agentIds = c.MatchCriteria?.AgentsCriteria?.AgentIds ?? [];
  return (
    nameCheck(c.Name, `${path}.name`) ??
    valueCheck(c.Value, `${path}.value`) ??
    levelViolation(c.ProficiencyLevel, `${path}.proficiencyLevel`) ??
    levelViolation(c.Range?.MinProficiencyLevel, `${path}.range.minProficiencyLevel`) ??
    levelViolation(c.Range?.MaxProficiencyLevel, `${path}.range.maxProficiencyLevel`) ??
    agentIds
      .map((id, i) => agentIdCheck(id, `${path}.matchCriteria.agentsCriteria.agentIds.${i + 1}.member`))
      .find(Boolean) ??
    comparisonCheck(c.ComparisonOperator, `${path}.comparisonOperator`)
  );
}

function expressionsViolation(
  list: readonly Expression[] | null | undefined,
  path: string,
): EmulatedServiceError | undefined {
  return (list ?? []).map((e, i) => expressionViolation(e, `${path}.${i + 1}.member`)).find(Boolean);
}

function expressionViolation(e: Expression | null | undefined, path: string): EmulatedServiceError | undefined {
  if (!e) return undefined;
  return (
    conditionViolation(e.AttributeCondition, `${path}.attributeCondition`) ??
    expressionsViolation(e.AndExpression, `${path}.andExpression`) ??
    expressionsViolation(e.OrExpression, `${path}.orExpression`) ??
    conditionViolation(e.NotAttributeCondition, `${path}.notAttributeCondition`)
  );
}

/** The first broken constraint of a RoutingCriteria, with a path like the service's messages. */
export function routingCriteriaViolation(
  rc: RoutingCriteriaInput | null | undefined,
): EmulatedServiceError | undefined {
  return (rc?.Steps ?? [])
    .map((step, i) => expressionViolation(step.Expression, `routingCriteria.steps.${i + 1}.member.expression`))
    .find(Boolean);
}
