import {
  type Expiry,
  type Expression,
  type Range,
  type AgentsCriteria as SdkAgentsCriteria,
  type AttributeCondition as SdkAttributeCondition,
  type MatchCriteria as SdkMatchCriteria,
  type RoutingCriteria as SdkRoutingCriteria,
  RoutingCriteriaStepStatus as SdkStepStatus,
  type Step,
} from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';
import { knownValue } from './contact-enums.ts';

// A contact's routing criteria as DescribeContact returns them, each type the GraphQL face of one
// Connect structure. Expressions nest deeper than the query depth limit lets a client select, so a
// step also gives its expression as JSON, as segment attributes give nested values.

const ProficiencyRange = builder.objectRef<Range>('ProficiencyRange').implement({
  description: 'A range of proficiency levels, both ends included.',
  fields: (t) => ({
    minProficiencyLevel: t.exposeFloat('MinProficiencyLevel', { nullable: true, description: 'The lowest level.' }),
    maxProficiencyLevel: t.exposeFloat('MaxProficiencyLevel', { nullable: true, description: 'The highest level.' }),
  }),
});

const AgentsCriteria = builder.objectRef<SdkAgentsCriteria>('AgentsCriteria').implement({
  description: 'Agents named by user id.',
  fields: (t) => ({
    agentIds: t.exposeIDList('AgentIds', { nullable: true, description: 'User ids of agents.' }),
  }),
});

const MatchCriteria = builder.objectRef<SdkMatchCriteria>('MatchCriteria').implement({
  description: 'Which agents a condition matches.',
  fields: (t) => ({
    agentsCriteria: t.expose('AgentsCriteria', {
      type: AgentsCriteria,
      nullable: true,
      description: 'Agents named by user id.',
    }),
  }),
});

const AttributeCondition = builder.objectRef<SdkAttributeCondition>('AttributeCondition').implement({
  description: 'A condition on a predefined attribute, e.g. proficiency 3.0 or more in the language "French".',
  fields: (t) => ({
    name: t.exposeString('Name', { nullable: true, description: "The predefined attribute's name." }),
    value: t.exposeString('Value', { nullable: true, description: "The attribute's value." }),
    proficiencyLevel: t.exposeFloat('ProficiencyLevel', {
      nullable: true,
      description: 'The proficiency level compared with.',
    }),
    range: t.expose('Range', { type: ProficiencyRange, nullable: true, description: 'A range of proficiency levels.' }),
    matchCriteria: t.expose('MatchCriteria', {
      type: MatchCriteria,
      nullable: true,
      description: 'The agents the condition matches.',
    }),
    comparisonOperator: t.exposeString('ComparisonOperator', {
      nullable: true,
      description: 'How the proficiency is compared.',
    }),
  }),
});

const RoutingExpression = builder.objectRef<Expression>('RoutingExpression');
RoutingExpression.implement({
  description: 'A routing expression: a condition, its negation, or expressions joined by AND or OR.',
  fields: (t) => ({
    attributeCondition: t.expose('AttributeCondition', {
      type: AttributeCondition,
      nullable: true,
      description: 'A condition the agent must meet.',
    }),
    andExpression: t.expose('AndExpression', {
      type: [RoutingExpression],
      nullable: true,
      description: 'Expressions that must all hold.',
    }),
    orExpression: t.expose('OrExpression', {
      type: [RoutingExpression],
      nullable: true,
      description: 'Expressions of which one must hold.',
    }),
    notAttributeCondition: t.expose('NotAttributeCondition', {
      type: AttributeCondition,
      nullable: true,
      description: 'A condition the agent must not meet.',
    }),
  }),
});

const RoutingCriteriaStepStatus = builder.enumType('RoutingCriteriaStepStatus', {
  description: 'Where a routing step stands (Amazon Connect RoutingCriteriaStepStatus).',
  values: {
    ACTIVE: { value: SdkStepStatus.ACTIVE, description: 'The step is the one routing the contact now.' },
    INACTIVE: { value: SdkStepStatus.INACTIVE, description: 'The step has not started.' },
    JOINED: { value: SdkStepStatus.JOINED, description: 'The contact was routed to an agent during this step.' },
    EXPIRED: { value: SdkStepStatus.EXPIRED, description: 'The step expired without the contact being routed.' },
  } satisfies Record<SdkStepStatus, { value: SdkStepStatus; description: string }>,
});

const RoutingCriteriaStepExpiry = builder.objectRef<Expiry>('RoutingCriteriaStepExpiry').implement({
  description: 'When a routing step gives way to the next one.',
  fields: (t) => ({
    durationInSeconds: t.exposeInt('DurationInSeconds', { nullable: true, description: 'Seconds the step lasts.' }),
    expiryTimestamp: t.expose('ExpiryTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the step expires.',
    }),
  }),
});

const RoutingCriteriaStep = builder.objectRef<Step>('RoutingCriteriaStep').implement({
  description: 'One routing step: which agents may take the contact, for how long.',
  fields: (t) => ({
    expiry: t.expose('Expiry', {
      type: RoutingCriteriaStepExpiry,
      nullable: true,
      description: 'When the step expires.',
    }),
    expression: t.expose('Expression', {
      type: RoutingExpression,
      nullable: true,
      description:
        'The agents the step routes to. The query depth limit lets Query.contact select one level of andExpression/orExpression below it; expressionJson has any depth.',
    }),
    expressionJson: t.string({
      nullable: true,
      description:
        'The whole expression as JSON with Connect\'s member names (e.g. {"AndExpression":[...]}), whatever its depth.',
      resolve: (step) => (step.Expression === undefined ? null : JSON.stringify(step.Expression)),
    }),
    status: t.field({
      type: RoutingCriteriaStepStatus,
      nullable: true,
      description: 'Where the step stands; null when Connect sent none or a status this gateway does not know.',
      resolve: (step) => knownValue(SdkStepStatus, step.Status),
    }),
  }),
});

export const RoutingCriteria = builder.objectRef<SdkRoutingCriteria>('RoutingCriteria').implement({
  description: "A contact's routing criteria: steps tried in order (DescribeContact RoutingCriteria).",
  fields: (t) => ({
    steps: t.field({ type: [RoutingCriteriaStep], description: 'The steps, in order.', resolve: (c) => c.Steps ?? [] }),
    activationTimestamp: t.expose('ActivationTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the criteria took effect.',
    }),
    index: t.exposeInt('Index', {
      nullable: true,
      description: 'Which criteria of the contact these are, counting from 0.',
    }),
  }),
});
