import { z } from 'zod';
import { connectString } from '../../validation/strings.ts';

/** RoutingCriteriaInput's documented limits (code points for strings; proficiency levels are floats). */
export const ROUTING_CRITERIA_LIMITS = {
  attributeName: { min: 1, max: 100 },
  attributeValue: { min: 1, max: 128 },
  proficiencyLevel: { min: 1, max: 5 },
  agentId: { min: 0, max: 256 },
  comparisonOperator: { min: 1, max: 127 },
} as const;

const L = ROUTING_CRITERIA_LIMITS;

const proficiencyLevel = z
  .number()
  .min(L.proficiencyLevel.min, `must be ${L.proficiencyLevel.min}.0 to ${L.proficiencyLevel.max}.0`)
  .max(L.proficiencyLevel.max, `must be ${L.proficiencyLevel.min}.0 to ${L.proficiencyLevel.max}.0`);

const attributeCondition = z.object({
  name: connectString(L.attributeName.min, L.attributeName.max).nullish(),
  value: connectString(L.attributeValue.min, L.attributeValue.max).nullish(),
  proficiencyLevel: proficiencyLevel.nullish(),
  range: z
    .object({ minProficiencyLevel: proficiencyLevel.nullish(), maxProficiencyLevel: proficiencyLevel.nullish() })
    .nullish(),
  matchCriteria: z
    .object({
      agentsCriteria: z.object({ agentIds: z.array(connectString(L.agentId.min, L.agentId.max)).nullish() }).nullish(),
    })
    .nullish(),
  comparisonOperator: connectString(L.comparisonOperator.min, L.comparisonOperator.max).nullish(),
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
