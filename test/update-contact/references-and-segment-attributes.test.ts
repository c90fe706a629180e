import { describe, expect, it } from 'vitest';
import { UpdateContactDocument, type UpdateContactInput } from '../../operations/generated/graphql.ts';
import { emoji, INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// UpdateContact's references with every member of Connect's Reference, their 4,096-byte total, and
// segment attributes: each rule on both sides, through the real stack, counting Connect calls.

const stack = useStack();

async function update(input: UpdateContactInput) {
  stack.emulator.resetCalls();
  const { data, errors } = await stack.execute(UpdateContactDocument, { input });
  expect(errors).toBeUndefined();
  const result = data?.updateContact;
  if (!result) throw new Error('no updateContact in the answer');
  return result;
}

/** The body Connect received for the one UpdateContact call. */
function sentBody(): Record<string, unknown> {
  const calls = stack.connectCalls('UpdateContact');
  expect(calls).toHaveLength(1);
  return calls[0]?.body as Record<string, unknown>;
}

async function expectRefused(input: UpdateContactInput, paths: string[]) {
  const result = await update(input);
  if (result.__typename !== 'InvalidParameterError')
    throw new Error(`expected InvalidParameterError, got ${result.__typename}`);
  expect(result.fieldErrors.map((e) => e.path.join('.'))).toEqual(paths);
  expect(stack.emulator.calls).toHaveLength(0);
  return result;
}

describe('references: every member of Connect Reference', () => {
  it('sends a reference with only its key and type (the model requires only Type)', async () => {
    expect((await update(updateInput({ references: [{ key: 'case', type: 'STRING' }] }))).__typename).toBe(
      'UpdateContactSuccess',
    );
    expect(sentBody()).toEqual({ References: { case: { Type: 'STRING' } } });
  });

  it('sends status, arn and statusReason as given', async () => {
    const reference = {
      key: 'file',
      type: 'ATTACHMENT',
      value: 'invoice.pdf',
      status: 'APPROVED',
      arn: 'arn:aws:connect:us-east-1:123456789012:instance/x/file/y',
      statusReason: 'scanned',
    } as const;
    expect((await update(updateInput({ references: [reference] }))).__typename).toBe('UpdateContactSuccess');
    expect(sentBody()).toEqual({
      References: {
        file: {
          Type: 'ATTACHMENT',
          Value: 'invoice.pdf',
          Status: 'APPROVED',
          Arn: reference.arn,
          StatusReason: 'scanned',
        },
      },
    });
  });

  it('accepts an arn of 20 to 256 characters matching the pattern; refuses 19, 257 and another first character', async () => {
    const withArn = (arn: string) => updateInput({ references: [{ key: 'f', type: 'ATTACHMENT', arn }] });
    expect((await update(withArn('a'.repeat(20)))).__typename).toBe('UpdateContactSuccess');
    expect((await update(withArn(`arn:${'a'.repeat(252)}`))).__typename).toBe('UpdateContactSuccess');
    for (const arn of ['a'.repeat(19), `arn:${'a'.repeat(253)}`, `!${'a'.repeat(30)}`])
      await expectRefused(withArn(arn), ['input.references.0.arn']);
  });

  it('accepts a statusReason of 100 characters (code points) and refuses 101', async () => {
    const withReason = (statusReason: string) =>
      updateInput({ references: [{ key: 'f', type: 'ATTACHMENT', statusReason }] });
    expect((await update(withReason(emoji(100)))).__typename).toBe('UpdateContactSuccess');
    await expectRefused(withReason(emoji(101)), ['input.references.0.statusReason']);
  });
});

describe('references: at most 4,096 UTF-8 bytes in total', () => {
  // 1 + 2000 (1000 × "é") + 40 + 54, and 1 + 2000 (500 emoji): 4,096 bytes.
  const references = (reasonLength: number) => [
    {
      key: 'a',
      type: 'STRING' as const,
      value: 'é'.repeat(1000),
      arn: 'a'.repeat(40),
      statusReason: 'r'.repeat(reasonLength),
    },
    { key: 'b', type: 'STRING' as const, value: emoji(500) },
  ];

  it('accepts 4,096 bytes of keys, values, ARNs and status reasons, and sends them', async () => {
    expect((await update(updateInput({ references: references(54) }))).__typename).toBe('UpdateContactSuccess');
    expect(Object.keys(sentBody().References as object)).toEqual(['a', 'b']);
  });

  it('refuses 4,097 bytes at input.references, naming the total, without a call', async () => {
    const result = await expectRefused(updateInput({ references: references(55) }), ['input.references']);
    expect(result.fieldErrors[0]?.message).toMatch(/at most 4096 bytes of UTF-8; got 4097/);
  });

  it('refuses two values of 4,000 bytes each, each within its own limit', async () => {
    await expectRefused(
      updateInput({
        references: [
          { key: 'a', type: 'STRING', value: 'v'.repeat(4000) },
          { key: 'b', type: 'STRING', value: 'w'.repeat(4000) },
        ],
      }),
      ['input.references'],
    );
  });

  it('Connect (the emulator) refuses the same 4,097 bytes: the gateway checks before it does', async () => {
    const { UpdateContactCommand, InvalidParameterException } = await import('@aws-sdk/client-connect');
    const refs = Object.fromEntries(
      references(55).map(({ key, type, value, arn, statusReason }) => [
        key,
        { Type: type, Value: value, Arn: arn, StatusReason: statusReason },
      ]),
    );
    const send = stack.connect.send(
      new UpdateContactCommand({ InstanceId: INSTANCE_ID, ContactId: ONGOING_CONTACT_ID, References: refs }),
    );
    await expect(send).rejects.toBeInstanceOf(InvalidParameterException);
  });
});

describe('segmentAttributes', () => {
  it('sends each kind of value, and Connect stores it', async () => {
    const result = await update(
      updateInput({
        segmentAttributes: [
          { key: 'plain', valueString: '' },
          { key: 'count', valueInteger: 3 },
          { key: 'queue', valueArn: 'arn:aws:connect:us-east-1:123456789012:instance/x/queue/y' },
          { key: 'map', valueJson: '{"a":{"ValueString":"b"}}' },
          { key: 'list', valueJson: '[{"ValueInteger":1},{"ValueString":"two"}]' },
        ],
      }),
    );
    expect(result.__typename).toBe('UpdateContactSuccess');
    expect(sentBody()).toEqual({
      SegmentAttributes: {
        plain: { ValueString: '' },
        count: { ValueInteger: 3 },
        queue: { ValueArn: 'arn:aws:connect:us-east-1:123456789012:instance/x/queue/y' },
        map: { ValueMap: { a: { ValueString: 'b' } } },
        list: { ValueList: [{ ValueInteger: 1 }, { ValueString: 'two' }] },
      },
    });
    expect(stack.emulator.store.getContact(INSTANCE_ID, ONGOING_CONTACT_ID)?.contact.SegmentAttributes).toMatchObject({
      map: { ValueMap: { a: { ValueString: 'b' } } },
    });
  });

  it('accepts a key of 128 characters and a valueString of 1024; refuses one more of each', async () => {
    expect(
      (await update(updateInput({ segmentAttributes: [{ key: emoji(128), valueString: emoji(1024) }] }))).__typename,
    ).toBe('UpdateContactSuccess');
    await expectRefused(updateInput({ segmentAttributes: [{ key: emoji(129), valueString: 'x' }] }), [
      'input.segmentAttributes.0.key',
    ]);
    await expectRefused(updateInput({ segmentAttributes: [{ key: 'k', valueString: emoji(1025) }] }), [
      'input.segmentAttributes.0.valueString',
    ]);
  });

  it.each([
    ['none', { key: 'k' }],
    ['two', { key: 'k', valueString: 'x', valueInteger: 1 }],
  ])('refuses %s of the value fields at the entry', async (_label, attribute) => {
    const result = await expectRefused(updateInput({ segmentAttributes: [attribute] }), ['input.segmentAttributes.0']);
    expect(result.fieldErrors[0]?.message).toMatch(/exactly one of valueString, valueInteger, valueArn, valueJson/);
  });

  it.each([
    ['text that is not JSON', '{'],
    ['a JSON string', '"x"'],
    ['a nested value of no known member', '{"a":{"Colour":"red"}}'],
    ['a nested key of 129 characters', `{"${'k'.repeat(129)}":{"ValueString":"x"}}`],
  ])('refuses valueJson of %s', async (_label, valueJson) => {
    await expectRefused(updateInput({ segmentAttributes: [{ key: 'k', valueJson }] }), [
      'input.segmentAttributes.0.valueJson',
    ]);
  });

  it('refuses a repeated key at the later entry', async () => {
    await expectRefused(
      updateInput({
        segmentAttributes: [
          { key: 'k', valueString: 'a' },
          { key: 'k', valueString: 'b' },
        ],
      }),
      ['input.segmentAttributes.1.key'],
    );
  });

  it('segmentAttributes alone is something to update; an empty list alone is not', async () => {
    expect((await update(updateInput({ segmentAttributes: [{ key: 'k', valueInteger: 1 }] }))).__typename).toBe(
      'UpdateContactSuccess',
    );
    const result = await update(updateInput({ segmentAttributes: [] }));
    expect(result.__typename).toBe('InvalidRequestError');
    expect(stack.emulator.calls).toHaveLength(0);
  });
});
