import { beforeEach, describe, expect, it } from 'vitest';
import {
  PauseContactDocument,
  ResumeContactDocument,
  TransferContactDocument,
  type TransferContactInput,
  UpdateContactRoutingDataDocument,
} from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, key, SEED } from '../mutations/support/seed.ts';
import { useStack } from '../support/stack.ts';

// The seeded instance and one more are allowed; OUTSIDE is not.
const ALLOWED_OTHER = '99999999-2222-4333-8444-555555555555';
const OUTSIDE = '00000000-0000-4000-8000-000000000000';
const stack = useStack({
  client: { maxAttempts: 1 },
  env: { CONNECT_INSTANCE_IDS: `${INSTANCE_ID},${ALLOWED_OTHER}` },
});
beforeEach(() => stack.emulator.resetStore());

const arn = (instanceId: string, resource: string) =>
  `arn:aws:connect:us-east-1:123456789012:instance/${instanceId}/${resource}`;

async function transfer(more: Partial<TransferContactInput>) {
  const input = { ...key(SEED.taskConnected), contactFlowId: 'flow-transfer', ...more } as TransferContactInput;
  const { data, errors } = await stack.execute(TransferContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.transferContact;
}

const fieldPaths = (answer: { __typename: string; fieldErrors?: { path: string[] }[] }) =>
  answer.__typename === 'InvalidParameterError' ? answer.fieldErrors?.map((e) => e.path) : answer.__typename;

describe('ids that name resources: ARNs are checked against the allow-list and the input instance', () => {
  it.each([
    ['contactFlowId', { contactFlowId: arn(OUTSIDE, 'contact-flow/f1'), queueId: 'q-new' }],
    ['queueId', { queueId: arn(OUTSIDE, 'queue/q1') }],
    ['userId', { userId: arn(OUTSIDE, 'agent/u1') }],
  ])(
    'transferContact: a %s ARN of an instance outside CONNECT_INSTANCE_IDS is AccessDeniedError, no call',
    async (_field, more) => {
      const answer = await transfer(more);
      expect(answer).toMatchObject({ __typename: 'AccessDeniedError', requestId: null });
      expect(stack.connectCalls()).toHaveLength(0);
    },
  );

  it('transferContact: an ARN of another allowed instance is InvalidParameterError at its field, no call', async () => {
    const answer = await transfer({
      queueId: arn(ALLOWED_OTHER, 'queue/q1'),
      contactFlowId: arn(ALLOWED_OTHER, 'contact-flow/f'),
    });
    expect(fieldPaths(answer)).toEqual([
      ['input', 'contactFlowId'],
      ['input', 'queueId'],
    ]);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it.each([
    ['an ARN of another service', 'arn:aws:sqs:us-east-1:123456789012:queue-1'],
    ['an instance ARN without a resource', `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}`],
    ['an upper-case ARN prefix', `ARN:aws:connect:us-east-1:123456789012:instance/${OUTSIDE}/queue/q1`],
  ])('transferContact: %s is InvalidParameterError, no call', async (_name, queueId) => {
    expect(fieldPaths(await transfer({ queueId }))).toEqual([['input', 'queueId']]);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('transferContact: an ARN of the input instance, and a bare id, reach Connect', async () => {
    expect((await transfer({ queueId: arn(INSTANCE_ID, 'queue/q-new') })).__typename).toBe('TransferContactSuccess');
    expect(stack.connectCalls('TransferContact')).toHaveLength(1);
    stack.emulator.resetStore();
    expect((await transfer({ userId: 'agent-0009' })).__typename).toBe('TransferContactSuccess');
    expect(stack.connectCalls('TransferContact')).toHaveLength(2);
  });

  it('pauseContact and resumeContact: a flow ARN outside the allow-list is AccessDeniedError, no call', async () => {
    const contactFlowId = arn(OUTSIDE, 'contact-flow/f1');
    const paused = await stack.execute(PauseContactDocument, { input: { ...key(SEED.taskConnected), contactFlowId } });
    expect(paused.data?.pauseContact.__typename).toBe('AccessDeniedError');
    const resumed = await stack.execute(ResumeContactDocument, { input: { ...key(SEED.taskPaused), contactFlowId } });
    expect(resumed.data?.resumeContact.__typename).toBe('AccessDeniedError');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('updateContactRoutingData: agent ARNs nested in routing criteria are checked, with their paths', async () => {
    const agents = (ids: string[]) => ({ matchCriteria: { agentsCriteria: { agentIds: ids } } });
    const criteria = (ids: string[]) => ({
      steps: [
        {
          expression: {
            orExpression: [{ attributeCondition: agents(['agent-1']) }, { attributeCondition: agents(ids) }],
          },
        },
      ],
    });
    const send = async (ids: string[]) =>
      (
        await stack.execute(UpdateContactRoutingDataDocument, {
          input: { ...key(SEED.voiceQueued), routingCriteria: criteria(ids) },
        })
      ).data!.updateContactRoutingData;
    expect((await send(['agent-2', arn(OUTSIDE, 'agent/u')])).__typename).toBe('AccessDeniedError');
    expect(fieldPaths(await send([arn(ALLOWED_OTHER, 'agent/u')]))).toEqual([
      [
        'input',
        'routingCriteria',
        'steps',
        '0',
        'expression',
        'orExpression',
        '1',
        'attributeCondition',
        'matchCriteria',
        'agentsCriteria',
        'agentIds',
        '0',
      ],
    ]);
    expect(stack.connectCalls()).toHaveLength(0);
    expect((await send([arn(INSTANCE_ID, 'agent/u')])).__typename).toBe('UpdateContactRoutingDataSuccess');
    expect(stack.connectCalls('UpdateContactRoutingData')).toHaveLength(1);
  });
});
