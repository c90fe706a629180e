import { z } from 'zod';
import { fromModel, modelLength, modelRange } from '../../validation/model-constraints.ts';

// An attribute condition inside UpdateContactRoutingData's input, as the model's paths name it.
const CONDITION = 'RoutingCriteria.Steps.member.Expression.AttributeCondition';
const at = (member: string) => `${CONDITION}.${member}`;

const level = modelRange('UpdateContactRoutingData', at('ProficiencyLevel'));

/** RoutingCriteriaInput's limits from the model (code points for strings; proficiency levels are floats). */
export const ROUTING_CRITERIA_LIMITS = {
  attributeName: modelLength('UpdateContactRoutingData', at('Name')),
  attributeValue: modelLength('UpdateContactRoutingData', at('Value')),
  proficiencyLevel: { min: Number(level.min), max: Number(level.max) },
  agentId: modelLength('UpdateContactRoutingData', at('MatchCriteria.AgentsCriteria.AgentIds.member')),
  comparisonOperator: modelLength('UpdateContactRoutingData', at('ComparisonOperator')),
} as const;

const L = ROUTING_CRITERIA_LIMITS;

const proficiencyLevel = z
  .number()
  .min(L.proficiencyLevel.min, `must be ${L.proficiencyLevel.min}.0 to ${L.proficiencyLevel.max}.0`)
  .max(L.proficiencyLevel.max, `must be ${L.proficiencyLevel.min}.0 to ${L.proficiencyLevel.max}.0`);

/** A proficiency level bound of a range: the same float shape as the level itself. */
const rangeLevel = (path: string) => {
  const { min, max } = modelRange('UpdateContactRoutingData', path);
  const text = `must be ${Number(min)}.0 to ${Number(max)}.0`;
  return z.number().min(Number(min), text).max(Number(max), text);
};

const attributeCondition = z.object({
  name: fromModel('UpdateContactRoutingData', at('Name')).nullish(),
  value: fromModel('UpdateContactRoutingData', at('Value')).nullish(),
  proficiencyLevel: proficiencyLevel.nullish(),
  range: z
    .object({
      minProficiencyLevel: rangeLevel(at('Range.MinProficiencyLevel')).nullish(),
      maxProficiencyLevel: rangeLevel(at('Range.MaxProficiencyLevel')).nullish(),
    })
    .nullish(),
  matchCriteria: z
    .object({
      agentsCriteria: z
        .object({
          agentIds: z
            .array(fromModel('UpdateContactRoutingData', at('MatchCriteria.AgentsCriteria.AgentIds.member')))
            .nullish(),
        })
        .nullish(),
    })
    .nullish(),
  comparisonOperator: fromModel('UpdateContactRoutingData', at('ComparisonOperator')).nullish(),
});

interface Expression {
  attributeCondition?: z.input<typeof attributeCondition> | null;
  andExpression?: Expression[] | null;
  orExpression?: Expression[] | null;
  notAttributeCondition?: z.input<typeof attributeCondition> | null;
}

// Expressions nest (AND of ORs of conditions), as deep as the request's size allows.
const expression: z.ZodType<Expression> = z.lazy(() =>
  z.object({
    attributeCondition: attributeCondition.nullish(),
    andExpression: z.array(expression).nullish(),
    orExpression: z.array(expression).nullish(),
    notAttributeCondition: attributeCondition.nullish(),
  }),
);

/** The documented constraints of routing criteria, each violation with its path. */
export const routingCriteriaConstraints = z.object({
  steps: z.array(
    z.object({
      expiry: z.object({ durationInSeconds: z.number().int().nullish() }).nullish(),
      expression: expression.nullish(),
    }),
  ),
});
