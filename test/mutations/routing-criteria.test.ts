import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AttributeConditionInput,
  type RoutingCriteriaInput,
  UpdateContactRoutingDataDocument,
  type UpdateContactRoutingDataInput,
} from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { key, SEED } from './support/seed.ts';

// updateContactRoutingData's routingCriteria: sent member for member, read back, every limit.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

const FRENCH: AttributeConditionInput = {
  name: 'Language',
  value: 'French',
  proficiencyLevel: 3,
  comparisonOperator: 'NumberGreaterOrEqualTo',
};

const CRITERIA: RoutingCriteriaInput = {
  steps: [
    {
      expiry: { durationInSeconds: 30 },
      expression: {
        andExpression: [
          { attributeCondition: FRENCH },
          {
            orExpression: [
              {
                attributeCondition: {
                  name: 'Region',
                  value: 'EU',
                  range: { minProficiencyLevel: 1, maxProficiencyLevel: 5 },
                  comparisonOperator: 'Range',
                },
              },
              {
                notAttributeCondition: {
                  name: 'Team',
                  value: 'Night',
                  matchCriteria: { agentsCriteria: { agentIds: ['agent-1'] } },
                  comparisonOperator: 'Match',
                },
              },
            ],
          },
        ],
      },
    },
    { expression: { attributeCondition: { ...FRENCH, proficiencyLevel: 1 } } },
  ],
};

async function route(input: UpdateContactRoutingDataInput) {
  const { data, errors } = await stack.execute(UpdateContactRoutingDataDocument, { input });
  expect(errors).toBeUndefined();
  return data!.updateContactRoutingData;
}

const withCondition = (condition: AttributeConditionInput): UpdateContactRoutingDataInput => ({
  ...key(SEED.voiceQueued),
  routingCriteria: {
    steps: [
      {
        expression: {
          andExpression: [{ attributeCondition: FRENCH }, { attributeCondition: { ...FRENCH, ...condition } }],
        },
      },
    ],
  },
});
const CONDITION_PATH = [
  'input',
  'routingCriteria',
  'steps',
  '0',
  'expression',
  'andExpression',
  '1',
  'attributeCondition',
];

describe('updateContactRoutingData: routingCriteria', () => {
  it("sends the criteria as Connect's RoutingCriteria, member for member, and reads them back", async () => {
    const result = await route({ ...key(SEED.voiceQueued), routingCriteria: CRITERIA });
    expect(result.__typename).toBe('UpdateContactRoutingDataSuccess');
    const french = {
      Name: 'Language',
      Value: 'French',
      ProficiencyLevel: 3,
      ComparisonOperator: 'NumberGreaterOrEqualTo',
    };
    expect(stack.connectCalls('UpdateContactRoutingData')[0]?.body).toEqual({
      RoutingCriteria: {
        Steps: [
          {
            Expiry: { DurationInSeconds: 30 },
            Expression: {
              AndExpression: [
                { AttributeCondition: french },
                {
                  OrExpression: [
                    {
                      AttributeCondition: {
                        Name: 'Region',
                        Value: 'EU',
                        Range: { MinProficiencyLevel: 1, MaxProficiencyLevel: 5 },
                        ComparisonOperator: 'Range',
                      },
                    },
                    {
                      NotAttributeCondition: {
                        Name: 'Team',
                        Value: 'Night',
                        MatchCriteria: { AgentsCriteria: { AgentIds: ['agent-1'] } },
                        ComparisonOperator: 'Match',
                      },
                    },
                  ],
                },
              ],
            },
          },
          { Expression: { AttributeCondition: { ...french, ProficiencyLevel: 1 } } },
        ],
      },
    });

    // Query.contact selects one level of AND/OR in full; expressionJson gives any depth.
    const response = await stack.post({
      query: `query($i: ID!, $c: ID!) { contact(instanceId: $i, contactId: $c) { ... on Contact { routingCriteria { steps {
        expiry { durationInSeconds } expressionJson expression { andExpression { attributeCondition { name value proficiencyLevel } } } } } } } }`,
      variables: { i: key('').instanceId, c: SEED.voiceQueued },
    });
    const body = (await response.json()) as {
      data: { contact: { routingCriteria: { steps: { expressionJson: string }[] } } };
    };
    expect(body.data.contact.routingCriteria).toEqual({
      steps: [
        {
          expiry: { durationInSeconds: 30 },
          expressionJson: expect.any(String),
          expression: {
            andExpression: [
              { attributeCondition: { name: 'Language', value: 'French', proficiencyLevel: 3 } },
              { attributeCondition: null },
            ],
          },
        },
        { expiry: null, expressionJson: expect.any(String), expression: { andExpression: null } },
      ],
    });
    const sent = stack.connectCalls('UpdateContactRoutingData')[0]?.body as {
      RoutingCriteria: { Steps: { Expression: unknown }[] };
    };
    expect(body.data.contact.routingCriteria.steps.map((step) => JSON.parse(step.expressionJson))).toEqual(
      sent.RoutingCriteria.Steps.map((step) => step.Expression),
    );
  });

  it('goes alone or with one of queuePriority and queueTimeAdjustmentSeconds', async () => {
    expect((await route({ ...key(SEED.voiceQueued), routingCriteria: CRITERIA })).__typename).toBe(
      'UpdateContactRoutingDataSuccess',
    );
    expect((await route({ ...key(SEED.voiceQueued), routingCriteria: CRITERIA, queuePriority: '4' })).__typename).toBe(
      'UpdateContactRoutingDataSuccess',
    );
    const both = await route({
      ...key(SEED.voiceQueued),
      routingCriteria: CRITERIA,
      queuePriority: '4',
      queueTimeAdjustmentSeconds: 5,
    });
    expect(both.__typename).toBe('InvalidParameterError');
    expect(stack.connectCalls('UpdateContactRoutingData')).toHaveLength(2);
  });
});

describe('routingCriteria limits, on both sides, anywhere in the expression', () => {
  const LIMITS: [string, (n: number) => AttributeConditionInput, number, string[]][] = [
    ['name', (n) => ({ name: emoji(n) }), 100, ['name']],
    ['value', (n) => ({ value: emoji(n) }), 128, ['value']],
    ['comparisonOperator', (n) => ({ comparisonOperator: emoji(n) }), 127, ['comparisonOperator']],
    [
      'an agent id',
      (n) => ({ matchCriteria: { agentsCriteria: { agentIds: ['a', emoji(n)] } } }),
      256,
      ['matchCriteria', 'agentsCriteria', 'agentIds', '1'],
    ],
  ];

  it.each(LIMITS)(
    'accepts a %s of the maximum length and refuses one more without a call',
    async (_field, condition, max, path) => {
      expect((await route(withCondition(condition(max)))).__typename).toBe('UpdateContactRoutingDataSuccess');
      stack.emulator.resetCalls();
      const refused = await route(withCondition(condition(max + 1)));
      expect(refused).toMatchObject({
        __typename: 'InvalidParameterError',
        fieldErrors: [{ path: [...CONDITION_PATH, ...path] }],
      });
      expect(stack.emulator.calls).toHaveLength(0);
    },
  );

  it.each(['name', 'value', 'comparisonOperator'] as const)(
    'refuses an empty %s (at least 1 character)',
    async (field) => {
      const refused = await route(withCondition({ [field]: '' }));
      expect(refused).toMatchObject({ fieldErrors: [{ path: [...CONDITION_PATH, field] }] });
      expect(stack.emulator.calls).toHaveLength(0);
    },
  );

  const LEVELS: [string, (level: number) => AttributeConditionInput, string[]][] = [
    ['proficiencyLevel', (level) => ({ proficiencyLevel: level }), ['proficiencyLevel']],
    [
      'range.minProficiencyLevel',
      (level) => ({ range: { minProficiencyLevel: level, maxProficiencyLevel: 5 } }),
      ['range', 'minProficiencyLevel'],
    ],
    [
      'range.maxProficiencyLevel',
      (level) => ({ range: { minProficiencyLevel: 1, maxProficiencyLevel: level } }),
      ['range', 'maxProficiencyLevel'],
    ],
  ];

  it.each(LEVELS)('accepts a %s of 1.0 and 5.0 and refuses 0.99 and 5.01', async (_field, condition, path) => {
    for (const level of [1, 5])
      expect((await route(withCondition(condition(level)))).__typename).toBe('UpdateContactRoutingDataSuccess');
    stack.emulator.resetCalls();
    for (const level of [0.99, 5.01])
      expect(await route(withCondition(condition(level)))).toMatchObject({
        fieldErrors: [{ path: [...CONDITION_PATH, ...path] }],
      });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('reports every violation at once, with its path through the nested expressions', async () => {
    const result = await route({
      ...key(SEED.voiceQueued),
      routingCriteria: {
        steps: [
          { expression: { attributeCondition: { ...FRENCH, name: '' } } },
          {
            expression: {
              orExpression: [{ andExpression: [{ notAttributeCondition: { ...FRENCH, value: emoji(129) } }] }],
            },
          },
        ],
      },
    });
    expect(result.__typename).toBe('InvalidParameterError');
    if (result.__typename !== 'InvalidParameterError') return;
    expect(result.fieldErrors.map((e) => e.path.join('.'))).toEqual([
      'input.routingCriteria.steps.0.expression.attributeCondition.name',
      'input.routingCriteria.steps.1.expression.orExpression.0.andExpression.0.notAttributeCondition.value',
    ]);
    expect(stack.emulator.calls).toHaveLength(0);
  });
});
