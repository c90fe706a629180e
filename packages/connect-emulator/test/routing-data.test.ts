import type { RoutingCriteriaInput, UpdateContactRoutingDataCommandInput } from '@aws-sdk/client-connect';
import {
  DescribeContactCommand,
  InvalidParameterException,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateContactRoutingDataCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome, SIGNED } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.resetStore());

const QUEUED = SEED_CONTACT_IDS.voiceQueued;
const LONG_MAX = 2n ** 63n - 1n;
const path = (contactId = QUEUED) => `/contacts/${SEED_INSTANCE_ID}/${contactId}/routing-data`;
const send = (input: Partial<UpdateContactRoutingDataCommandInput>, ContactId: string = QUEUED) =>
  env.client.send(new UpdateContactRoutingDataCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, ...input }));
const describeContact = async (ContactId = QUEUED) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact;
const raw = (body: string) => rawOutcome(env.emulator, 'POST', path(), body);
const stored = () => env.emulator.store.getContact(SEED_INSTANCE_ID, QUEUED);

describe('QueuePriority: a long from 1 to 9223372036854775807', () => {
  it('sets the priority DescribeContact shows', async () => {
    expect((await send({ QueuePriority: 1 })).$metadata.httpStatusCode).toBe(200);
    expect(await describeContact()).toMatchObject({ QueuePriority: 1 });
  });

  it('keeps the largest long exactly: the SDK sends a bigint as its digits, DescribeContact answers them', async () => {
    // The SDK types the member as number; a bigint is serialized exactly.
    await send({ QueuePriority: LONG_MAX as unknown as number });
    expect(stored()?.queuePriority).toBe(LONG_MAX);
    const res = await fetch(`${env.emulator.url}/contacts/${SEED_INSTANCE_ID}/${QUEUED}`, { headers: SIGNED });
    expect(await res.text()).toContain('"QueuePriority":9223372036854775807');
    // The SDK parses the answer into a JS number, which rounds it: readers who need it exact must not use Number.
    expect((await describeContact())?.QueuePriority).toBe(2 ** 63);
  });

  it('the largest long from a raw body too', async () => {
    expect(await raw('{"QueuePriority": 9223372036854775807}')).toBe('200');
    expect(stored()?.queuePriority).toBe(LONG_MAX);
  });

  it('a JS number near 2^63 is sent rounded (9223372036854776000), beyond a long: SerializationException', async () => {
    // biome-ignore lint/correctness/noPrecisionLoss: the rounded number is what this test sends
    const error = await rejectionOf(send({ QueuePriority: 9223372036854775807 }));
    expect(error.name).toBe('SerializationException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
  });

  it.each([
    ['2^63', '9223372036854775808'],
    ['a fraction', '1.5'],
    ['an exponent', '1e3'],
    ['a string', '"5"'],
    ['below a long', '-9223372036854775809'],
  ])('%s → SerializationException', async (_label, value) => {
    expect(await raw(`{"QueuePriority": ${value}}`)).toBe('400 SerializationException');
    expect(stored()?.queuePriority).toBe(5n);
  });

  it.each([0, -1])('%i → InvalidParameterException (minimum 1)', async (value) => {
    const error = await rejectionOf(send({ QueuePriority: value }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toContain('greater than or equal to 1');
  });

  it('a QueuePriority member nested elsewhere is not mistaken for the top-level one', async () => {
    expect(await raw('{"QueueTimeAdjustmentSeconds": 1, "RoutingCriteria": {"QueuePriority": 9}}')).toBe('200');
    expect(stored()?.queuePriority).toBe(5n);
  });
});

describe('QueueTimeAdjustmentSeconds: an integer, negative allowed', () => {
  it.each([-30, 0, 2_147_483_647, -2_147_483_648])('%i is stored as sent', async (value) => {
    await send({ QueueTimeAdjustmentSeconds: value });
    expect((await describeContact())?.QueueTimeAdjustmentSeconds).toBe(value);
  });

  it.each(['2147483648', '-2147483649', '1.5', '"10"'])('%s → SerializationException', async (value) => {
    expect(await raw(`{"QueueTimeAdjustmentSeconds": ${value}}`)).toBe('400 SerializationException');
  });
});

describe('one of QueuePriority and QueueTimeAdjustmentSeconds', () => {
  it('both → InvalidParameterException, nothing stored', async () => {
    await expect(send({ QueuePriority: 2, QueueTimeAdjustmentSeconds: 10 })).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
    expect(stored()?.queuePriority).toBe(5n);
  });

  it('nothing to change → InvalidParameterException', async () => {
    await expect(send({})).rejects.toBeInstanceOf(InvalidParameterException);
  });
});

describe('RoutingCriteria', () => {
  const condition = {
    Name: 'Technology',
    Value: 'AWS',
    ProficiencyLevel: 3,
    ComparisonOperator: 'NumberGreaterOrEqualTo',
  };
  const criteria = (attributeCondition: Record<string, unknown>): RoutingCriteriaInput => ({
    Steps: [
      { Expiry: { DurationInSeconds: 30 }, Expression: { AttributeCondition: attributeCondition } },
      { Expression: { AndExpression: [{ AttributeCondition: condition }, { NotAttributeCondition: condition }] } },
    ],
  });

  it('alone, is accepted and stored as sent (with a priority too)', async () => {
    await send({ RoutingCriteria: criteria(condition) });
    await send({ QueuePriority: 3, RoutingCriteria: criteria({ ...condition, Value: 'Azure' }) });
    expect(await describeContact()).toMatchObject({
      QueuePriority: 3,
      RoutingCriteria: criteria({ ...condition, Value: 'Azure' }),
    });
  });

  it.each([
    ['proficiency 1.0', { ProficiencyLevel: 1 }],
    ['proficiency 5.0', { ProficiencyLevel: 5 }],
    ['a range 1.0..5.0', { ProficiencyLevel: undefined, Range: { MinProficiencyLevel: 1, MaxProficiencyLevel: 5 } }],
    ['a name of 100 and a value of 128', { Name: 'n'.repeat(100), Value: 'v'.repeat(128) }],
    ['an operator of 127', { ComparisonOperator: 'o'.repeat(127) }],
    ['an agent id of 256', { MatchCriteria: { AgentsCriteria: { AgentIds: ['a'.repeat(256)] } } }],
  ])('accepts %s', async (_label, change) => {
    await expect(send({ RoutingCriteria: criteria({ ...condition, ...change }) })).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
  });

  it.each([
    ['proficiency 0.9', { ProficiencyLevel: 0.9 }],
    ['proficiency 5.1', { ProficiencyLevel: 5.1 }],
    ['a range maximum of 6', { Range: { MaxProficiencyLevel: 6 } }],
    ['an empty name', { Name: '' }],
    ['a name of 101', { Name: 'n'.repeat(101) }],
    ['a value of 129', { Value: 'v'.repeat(129) }],
    ['an empty operator', { ComparisonOperator: '' }],
    ['an agent id of 257', { MatchCriteria: { AgentsCriteria: { AgentIds: ['a'.repeat(257)] } } }],
  ])('refuses %s with InvalidParameterException', async (_label, change) => {
    const error = await rejectionOf(send({ RoutingCriteria: criteria({ ...condition, ...change }) }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toContain('routingCriteria.steps.1.member.expression.attributeCondition');
  });

  it('checks nested expressions too', async () => {
    const nested: RoutingCriteriaInput = {
      Steps: [{ Expression: { OrExpression: [{ AndExpression: [{ AttributeCondition: { Name: '' } }] }] } }],
    };
    const error = await rejectionOf(send({ RoutingCriteria: nested }));
    expect(error.message).toContain('orExpression.1.member.andExpression.1.member.attributeCondition.name');
  });

  it('a DurationInSeconds that is not an integer → SerializationException', async () => {
    expect(await raw('{"RoutingCriteria": {"Steps": [{"Expiry": {"DurationInSeconds": 1.5}}]}}')).toBe(
      '400 SerializationException',
    );
  });
});

describe('only contacts in a queue', () => {
  it("a queued task (the chain's second segment) is accepted", async () => {
    await expect(send({ QueuePriority: 2 }, SEED_CONTACT_IDS.chainTransferred)).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
  });

  it.each([
    ['a voice call with an agent', SEED_CONTACT_IDS.voiceInbound],
    ['a scheduled task', SEED_CONTACT_IDS.taskScheduled],
    ['a connected task', SEED_CONTACT_IDS.taskConnected],
    ['a paused task', SEED_CONTACT_IDS.taskPaused],
    ['an ended chat', SEED_CONTACT_IDS.chatCompleted],
  ])('%s → ResourceConflictException (409)', async (_label, id) => {
    const error = await rejectionOf(send({ QueuePriority: 2 }, id));
    expect(error).toBeInstanceOf(ResourceConflictException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 409 });
  });

  it('ids: too long → InvalidParameterException; unknown → ResourceNotFoundException', async () => {
    await expect(send({ QueuePriority: 2 }, 'c'.repeat(257))).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(send({ QueuePriority: 2 }, 'no-such-contact')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
