import type {
  AttributeCondition,
  Expression,
  RoutingCriteriaInput as SdkRoutingCriteria,
} from '@aws-sdk/client-connect';
import type { ResourceId } from '../../auth/resource-access.ts';
import { builder } from '../builder.ts';
import { ROUTING_CRITERIA_LIMITS as L } from './routing-criteria-constraints.ts';

// UpdateContactRoutingData's RoutingCriteria: ordered routing steps, each a proficiency expression
// with an expiry. Mirrors Connect's RoutingCriteriaInput member for member, in camelCase.

const level = `${L.proficiencyLevel.min}.0 to ${L.proficiencyLevel.max}.0`;

const ProficiencyRangeInput = builder.inputType('ProficiencyRangeInput', {
  description: 'A range of proficiency levels, both ends included.',
  fields: (t) => ({
    minProficiencyLevel: t.float({ description: `The lowest proficiency level (${level}).` }),
    maxProficiencyLevel: t.float({ description: `The highest proficiency level (${level}).` }),
  }),
});

const AgentsCriteriaInput = builder.inputType('AgentsCriteriaInput', {
  description: 'Agents named by user id.',
  fields: (t) => ({
    agentIds: t.idList({ description: `User ids of agents (each at most ${L.agentId.max} characters).` }),
  }),
});

const MatchCriteriaInput = builder.inputType('MatchCriteriaInput', {
  description: 'Which agents a condition matches.',
  fields: (t) => ({ agentsCriteria: t.field({ type: AgentsCriteriaInput, description: 'Agents named by user id.' }) }),
});

const AttributeConditionInput = builder.inputType('AttributeConditionInput', {
  description:
    'A condition on a predefined attribute, e.g. agents with proficiency 3.0 or more in the language "French".',
  fields: (t) => ({
    name: t.string({
      description: `The predefined attribute's name, e.g. "Language" (${L.attributeName.min} to ${L.attributeName.max} characters).`,
    }),
    value: t.string({
      description: `The attribute's value, e.g. "French" (${L.attributeValue.min} to ${L.attributeValue.max} characters).`,
    }),
    proficiencyLevel: t.float({ description: `The proficiency level the condition compares with (${level}).` }),
    range: t.field({ type: ProficiencyRangeInput, description: 'A range of proficiency levels instead of one level.' }),
    matchCriteria: t.field({ type: MatchCriteriaInput, description: 'The agents the condition matches.' }),
    comparisonOperator: t.string({
      description: `How the proficiency is compared, e.g. NumberGreaterOrEqualTo or Range (${L.comparisonOperator.min} to ${L.comparisonOperator.max} characters).`,
    }),
  }),
});

type ConditionShape = typeof AttributeConditionInput.$inferInput;

interface ExpressionShape {
  attributeCondition?: ConditionShape | null;
  andExpression?: ExpressionShape[] | null;
  orExpression?: ExpressionShape[] | null;
  notAttributeCondition?: ConditionShape | null;
}

const RoutingExpressionInput = builder.inputRef<ExpressionShape>('RoutingExpressionInput').implement({
  description:
    'A routing expression: a condition, its negation, or expressions joined by AND or OR (nested as deep as needed). Connect expects one member to be set.',
  fields: (t) => ({
    attributeCondition: t.field({ type: AttributeConditionInput, description: 'A condition the agent must meet.' }),
    andExpression: t.field({ type: [RoutingExpressionInput], description: 'Expressions that must all hold.' }),
    orExpression: t.field({ type: [RoutingExpressionInput], description: 'Expressions of which one must hold.' }),
    notAttributeCondition: t.field({
      type: AttributeConditionInput,
      description: 'A condition the agent must not meet.',
    }),
  }),
});

const RoutingCriteriaStepInput = builder.inputType('RoutingCriteriaStepInput', {
  description: 'One routing step: which agents may take the contact, for how long.',
  fields: (t) => ({
    expiry: t.field({
      type: builder.inputType('RoutingCriteriaStepExpiryInput', {
        description: 'When the step gives way to the next one.',
        fields: (e) => ({ durationInSeconds: e.int({ description: 'Seconds before the step expires.' }) }),
      }),
      description: 'When the step expires. Omitted: it does not expire.',
    }),
    expression: t.field({ type: RoutingExpressionInput, description: 'The agents the step routes to.' }),
  }),
});

export const RoutingCriteriaInput = builder.inputType('RoutingCriteriaInput', {
  description:
    'Routing criteria for the contact: steps tried in order, each routing to agents that meet its expression until it expires.',
  fields: (t) => ({
    steps: t.field({ type: [RoutingCriteriaStepInput], required: true, description: 'The routing steps, in order.' }),
  }),
});

// GraphQL's null means absent: Connect is sent only the members given.
const absent = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

const toCondition = (c: ConditionShape | null | undefined): AttributeCondition | undefined =>
  c == null
    ? undefined
    : {
        Name: absent(c.name),
        Value: absent(c.value),
        ProficiencyLevel: absent(c.proficiencyLevel),
        Range:
          c.range == null
            ? undefined
            : {
                MinProficiencyLevel: absent(c.range.minProficiencyLevel),
                MaxProficiencyLevel: absent(c.range.maxProficiencyLevel),
              },
        MatchCriteria:
          c.matchCriteria == null
            ? undefined
            : {
                AgentsCriteria:
                  c.matchCriteria.agentsCriteria == null
                    ? undefined
                    : { AgentIds: absent(c.matchCriteria.agentsCriteria.agentIds) },
              },
        ComparisonOperator: absent(c.comparisonOperator),
      };

const toExpression = (e: ExpressionShape | null | undefined): Expression | undefined =>
  e == null
    ? undefined
    : {
        AttributeCondition: toCondition(e.attributeCondition),
        AndExpression: e.andExpression?.map((x) => toExpression(x) ?? {}),
        OrExpression: e.orExpression?.map((x) => toExpression(x) ?? {}),
        NotAttributeCondition: toCondition(e.notAttributeCondition),
      };

/** The routing criteria as the SDK sends them. */
export function toRoutingCriteria(criteria: typeof RoutingCriteriaInput.$inferInput): SdkRoutingCriteria {
  return {
    Steps: criteria.steps.map((step) => ({
      Expiry: step.expiry == null ? undefined : { DurationInSeconds: absent(step.expiry.durationInSeconds) },
      Expression: toExpression(step.expression),
    })),
  };
}

function conditionAgentIds(c: ConditionShape | null | undefined, path: (string | number)[], into: ResourceId[]) {
  const agentIds = c?.matchCriteria?.agentsCriteria?.agentIds ?? [];
  agentIds.forEach((id, i) => {
    into.push({ path: [...path, 'matchCriteria', 'agentsCriteria', 'agentIds', i], id });
  });
}

function expressionAgentIds(e: ExpressionShape | null | undefined, path: (string | number)[], into: ResourceId[]) {
  if (e == null) return;
  conditionAgentIds(e.attributeCondition, [...path, 'attributeCondition'], into);
  conditionAgentIds(e.notAttributeCondition, [...path, 'notAttributeCondition'], into);
  e.andExpression?.forEach((x, i) => {
    expressionAgentIds(x, [...path, 'andExpression', i], into);
  });
  e.orExpression?.forEach((x, i) => {
    expressionAgentIds(x, [...path, 'orExpression', i], into);
  });
}

/** Every agent (user) id of the criteria, with its path below `input`: each may be a user's ARN. */
export function routingCriteriaAgentIds(criteria: typeof RoutingCriteriaInput.$inferInput): ResourceId[] {
  const into: ResourceId[] = [];
  criteria.steps.forEach((step, i) => {
    expressionAgentIds(step.expression, ['routingCriteria', 'steps', i, 'expression'], into);
  });
  return into;
}
