import type { ReferenceType, UpdateContactCommandInput } from '@aws-sdk/client-connect';
import {
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  UpdateContactCommand,
} from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { useEmulator } from './sdk-client.ts';

const env = useEmulator();

// One astral emoji = 1 code point but 2 UTF-16 units: limits must count code points.
const emoji = (n: number) => '😀'.repeat(n);
const ids = { InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound };
const update = (input: Partial<UpdateContactCommandInput>) =>
  env.client.send(new UpdateContactCommand({ ...ids, ...input }));
const ref = (Value: string, Type: ReferenceType = 'STRING') => ({ Value, Type });

describe('length limits, counted in code points', () => {
  it.each([
    ['Name of 1024 emoji (the model; the gateway keeps its product rule of 512)', { Name: emoji(1024) }],
    ['Description of 4096 emoji', { Description: emoji(4096) }],
    ['reference key of 1', { References: { k: ref('v') } }],
    ['reference key of 4096 (4096 bytes, the total)', { References: { ['k'.repeat(4096)]: ref('') } }],
    ['reference value of 0', { References: { k: ref('') } }],
    ['reference value of 1023 emoji (4093 bytes, with the key 4094)', { References: { k: ref(emoji(1023)) } }],
    [
      'references of 4096 UTF-8 bytes in total (keys, values, ARNs, status reasons)',
      {
        References: {
          a: { ...ref('é'.repeat(1000)), Arn: 'a'.repeat(40), StatusReason: 'r'.repeat(54) },
          b: ref(emoji(500)),
        },
      },
    ],
    ['reference Arn of 20 (the model: 20..256)', { References: { k: { ...ref('v'), Arn: 'a'.repeat(20) } } }],
    ['reference Arn of 256', { References: { k: { ...ref('v'), Arn: `arn:aws:${'a'.repeat(248)}` } } }],
    ['reference StatusReason of 100 emoji', { References: { k: { ...ref('v'), StatusReason: emoji(100) } } }],
    ['an empty segment attribute ValueString (the model: 0..1024)', { SegmentAttributes: { a: { ValueString: '' } } }],
    ['a segment attribute ValueString of 1024 emoji', { SegmentAttributes: { a: { ValueString: emoji(1024) } } }],
  ])('accepts %s', async (_label, input) => {
    await expect(update(input)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it.each([
    ['Name of 1025 emoji', { Name: emoji(1025) }],
    ['Description of 4097 emoji', { Description: emoji(4097) }],
    ['reference key of 0', { References: { '': ref('v') } }],
    ['reference key of 4097 emoji', { References: { [emoji(4097)]: ref('v') } }],
    ['reference value of 4097 emoji', { References: { k: ref(emoji(4097)) } }],
    [
      'references of 4097 UTF-8 bytes in total',
      {
        References: {
          a: { ...ref('é'.repeat(1000)), Arn: 'a'.repeat(40), StatusReason: 'r'.repeat(55) },
          b: ref(emoji(500)),
        },
      },
    ],
    ['two reference values of 4000 bytes each', { References: { a: ref('v'.repeat(4000)), b: ref('w'.repeat(4000)) } }],
    ['an unknown reference type', { References: { k: ref('v', 'PHONE' as ReferenceType) } }],
    ['a reference without a type', { References: { k: { Value: 'v' } as never } }],
    ['reference Arn of 19', { References: { k: { ...ref('v'), Arn: 'a'.repeat(19) } } }],
    ['reference Arn of 257', { References: { k: { ...ref('v'), Arn: `arn:aws:${'a'.repeat(249)}` } } }],
    ['reference Arn not matching its pattern', { References: { k: { ...ref('v'), Arn: `!${'a'.repeat(25)}` } } }],
    ['reference StatusReason of 101 emoji', { References: { k: { ...ref('v'), StatusReason: emoji(101) } } }],
    ['a segment attribute ValueString of 1025 emoji', { SegmentAttributes: { a: { ValueString: emoji(1025) } } }],
    ['a system segment attribute', { SegmentAttributes: { 'connect:Subtype': { ValueString: 'connect:Guide' } } }],
  ])('rejects %s with InvalidParameterException and changes nothing', async (_label, input) => {
    const before = structuredClone(env.emulator.store.getContact(ids.InstanceId, ids.ContactId));
    const error = await update(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
    expect(env.emulator.store.getContact(ids.InstanceId, ids.ContactId)).toEqual(before);
  });

  it('accepts the 1024-unit ASCII name that the emoji test doubles', async () => {
    await expect(update({ Name: 'n'.repeat(1024) })).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(update({ Name: 'n'.repeat(1025) })).rejects.toBeInstanceOf(InvalidParameterException);
  });
});

describe('path label limits', () => {
  it.each([
    ['InstanceId', 100],
    ['ContactId', 256],
  ] as const)('%s of %i code points is accepted, one more is rejected', async (label, max) => {
    const atLimit = emoji(max);
    const contact =
      label === 'InstanceId'
        ? env.emulator.store.addContact({ instanceId: atLimit, contactId: 'c' })
        : env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID, contactId: atLimit });
    const target = { InstanceId: contact.instanceId, ContactId: contact.contact.Id };
    await expect(env.client.send(new UpdateContactCommand({ ...target, Name: 'ok' }))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });

    const tooLong = { ...target, [label]: emoji(max + 1) };
    await expect(env.client.send(new UpdateContactCommand({ ...tooLong, Name: 'ok' }))).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
  });

  it.each(['InstanceId', 'ContactId'])(
    'an empty %s arrives as an empty segment → InvalidParameterException',
    async (label) => {
      env.emulator.resetCalls();
      const send = env.client.send(new UpdateContactCommand({ ...ids, [label]: '', Name: 'x' }));
      await expect(send).rejects.toBeInstanceOf(InvalidParameterException);
      expect(env.emulator.calls[0]?.rawPath.split('/')).toHaveLength(4);
    },
  );
});

describe('request-level rules', () => {
  it.each([
    ['no fields at all', {}],
    ['only an empty References map', { References: {} }],
  ])('%s → InvalidRequestException', async (_label, input) => {
    const error = await update(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error).toMatchObject({ message: expect.stringContaining('At least one field') });
  });

  it('unknown contact and unknown instance → ResourceNotFoundException (404)', async () => {
    for (const target of [
      { ...ids, ContactId: 'no-such-contact' },
      { ...ids, InstanceId: 'no-such-instance' },
    ]) {
      const error = await env.client.send(new UpdateContactCommand({ ...target, Name: 'x' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    }
  });

  it('validates before looking the contact up', async () => {
    const send = env.client.send(new UpdateContactCommand({ ...ids, ContactId: 'no-such-contact', Name: emoji(1025) }));
    await expect(send).rejects.toBeInstanceOf(InvalidParameterException);
  });
});
