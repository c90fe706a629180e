import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, SEED } from '../mutations/support/seed.ts';
import { type Stack, startStack } from '../support/stack.ts';

// Contact.queuePriority as Connect's answer writes it, whoever set it: DescribeContact's bytes come
// from the emulator's fault, so this reads without any updateContactRoutingData before it.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.faults.clear());

const answer = (queuePriority: string) =>
  stack.emulator.faults.add({
    kind: 'malformed',
    status: 200,
    operation: 'DescribeContact',
    body: `{"Contact":{"Id":"${SEED.voiceQueued}","Name":"QueuePriority 1","QueuePriority":${queuePriority}}}`,
    times: 1,
  });

const read = () => stack.execute(ContactDocument, { instanceId: INSTANCE_ID, contactId: SEED.voiceQueued });

describe("Contact.queuePriority reads Connect's digits exactly", () => {
  it.each(['9223372036854775807', '9007199254740993', '5'])('%s', async (digits) => {
    answer(digits);
    const { data, errors } = await read();
    expect(errors).toBeUndefined();
    expect(data?.contact).toMatchObject({ __typename: 'Contact', queuePriority: digits });
  });

  it('the seeded queued contact has priority 5', async () => {
    expect((await read()).data?.contact).toMatchObject({ queuePriority: '5' });
  });

  it.each([
    ['a fraction past 2^53', '1.5e300'],
    ['an integer past the 64-bit range', '92233720368547758070'],
  ])('answers %s, which is no long, as CONNECT_BAD_RESPONSE', async (_case, digits) => {
    answer(digits);
    const { data, errors } = await read();
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('CONNECT_BAD_RESPONSE');
  });
});
