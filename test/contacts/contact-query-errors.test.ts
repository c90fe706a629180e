import { describe, expect, it } from 'vitest';
import { ContactDocument } from '../../operations/generated/graphql.ts';
import { emoji, INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const readContact = (instanceId: string, contactId: string) =>
  stack.execute(ContactDocument, { instanceId, contactId });
const describeCalls = () => stack.connectCalls('DescribeContact');

describe('Query.contact: not found is a result', () => {
  it("answers ResourceNotFoundError with Connect's request id for an unknown contact", async () => {
    const { data, errors } = await readContact(INSTANCE_ID, 'no-such-contact');
    expect(errors).toBeUndefined();
    expect(data?.contact).toMatchObject({
      __typename: 'ResourceNotFoundError',
      message: expect.any(String),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(describeCalls()).toHaveLength(1);
  });

  it('answers ResourceNotFoundError for an unknown instance', async () => {
    const { data } = await readContact('no-such-instance', ONGOING_CONTACT_ID);
    expect(data?.contact.__typename).toBe('ResourceNotFoundError');
  });

  it('answers a Connect error other than not-found with its own union member', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'AccessDeniedException', operation: 'DescribeContact', times: 1 });
    const { data } = await readContact(INSTANCE_ID, ONGOING_CONTACT_ID);
    expect(data?.contact.__typename).toBe('AccessDeniedError');
  });

  it('answers a 200 without a Contact as a masked CONNECT_BAD_RESPONSE error, never as data', async () => {
    stack.emulator.faults.add({ kind: 'malformed', body: '{}', operation: 'DescribeContact', times: 1 });
    const { data, errors } = await readContact(INSTANCE_ID, ONGOING_CONTACT_ID);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONNECT_BAD_RESPONSE' });
  });
});

describe('Query.contact: id limits are checked before Connect is called', () => {
  it.each([
    ['instanceId', 100, 101],
    ['contactId', 256, 257],
  ] as const)('%s accepts %i characters and rejects %i (counted in code points)', async (field, max, over) => {
    const ids = (value: string): [string, string] =>
      field === 'instanceId' ? [value, ONGOING_CONTACT_ID] : [INSTANCE_ID, value];

    // At the limit: valid, so Connect is asked (and knows no such contact).
    const atLimit = await readContact(...ids(emoji(max)));
    expect(atLimit.data?.contact.__typename).toBe('ResourceNotFoundError');
    expect(describeCalls()).toHaveLength(1);
    stack.emulator.resetCalls();

    const overLimit = await readContact(...ids(emoji(over)));
    expect(overLimit.errors).toBeUndefined();
    expect(overLimit.data?.contact).toMatchObject({
      __typename: 'InvalidParameterError',
      fieldErrors: [
        { path: [field], message: `must be 1 to ${max} characters long (Unicode code points); got ${over}` },
      ],
    });
    expect(describeCalls()).toHaveLength(0);
  });

  it('rejects empty ids, reporting both at once, without calling Connect', async () => {
    const { data } = await readContact('', '');
    expect(data?.contact).toMatchObject({
      __typename: 'InvalidParameterError',
      fieldErrors: [
        { path: ['instanceId'], message: expect.stringContaining('got 0') },
        { path: ['contactId'], message: expect.stringContaining('got 0') },
      ],
    });
    expect(describeCalls()).toHaveLength(0);
  });

  it('accepts a one-character id', async () => {
    const { data } = await readContact(INSTANCE_ID, 'x');
    expect(data?.contact.__typename).toBe('ResourceNotFoundError');
    expect(describeCalls()).toHaveLength(1);
  });

  it('rejects a lone surrogate without calling Connect', async () => {
    const { data } = await readContact(INSTANCE_ID, 'a\uD800b');
    expect(data?.contact).toMatchObject({
      __typename: 'InvalidParameterError',
      fieldErrors: [{ path: ['contactId'] }],
    });
    expect(describeCalls()).toHaveLength(0);
  });
});
