import {
  DescribeContactCommand,
  GetContactAttributesCommand,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  UpdateContactAttributesCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.resetStore());

const update = (InitialContactId: string, Attributes: Record<string, string>) =>
  env.client.send(new UpdateContactAttributesCommand({ InstanceId: SEED_INSTANCE_ID, InitialContactId, Attributes }));
const get = async (InitialContactId: string) =>
  (await env.client.send(new GetContactAttributesCommand({ InstanceId: SEED_INSTANCE_ID, InitialContactId })))
    .Attributes;
const described = async (ContactId: string) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact?.Attributes;
const freshContact = () => env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID }).contact.Id;

describe('UpdateContactAttributes and GetContactAttributes: the chain', () => {
  it('an update through the initial id is seen from both segments, by both reads', async () => {
    const out = await update(SEED_CONTACT_IDS.chainInitial, { priority: 'high' });
    expect(out.$metadata.httpStatusCode).toBe(200);
    const expected = { caseId: 'CASE-77', customerTier: 'gold', priority: 'high' };
    expect(await get(SEED_CONTACT_IDS.chainInitial)).toEqual(expected);
    expect(await get(SEED_CONTACT_IDS.chainTransferred)).toEqual(expected);
    expect(await described(SEED_CONTACT_IDS.chainInitial)).toEqual(expected);
    expect(await described(SEED_CONTACT_IDS.chainTransferred)).toEqual(expected);
  });

  it('a later segment names the same chain', async () => {
    await update(SEED_CONTACT_IDS.chainTransferred, { note: 'from segment two' });
    expect(await get(SEED_CONTACT_IDS.chainInitial)).toMatchObject({ note: 'from segment two' });
  });

  it('merges: keys not sent are kept, "" keeps the key with an empty value', async () => {
    await update(SEED_CONTACT_IDS.chainInitial, { customerTier: '' });
    expect(await get(SEED_CONTACT_IDS.chainInitial)).toEqual({ caseId: 'CASE-77', customerTier: '' });
  });

  it('works on ended contacts and answers {} for a contact without attributes', async () => {
    expect(await get(SEED_CONTACT_IDS.chatCompleted)).toEqual({});
    await update(SEED_CONTACT_IDS.chatCompleted, { survey: 'done' });
    expect(await get(SEED_CONTACT_IDS.chatCompleted)).toEqual({ survey: 'done' });
  });

  it('an empty map changes nothing and succeeds', async () => {
    await expect(update(SEED_CONTACT_IDS.chainInitial, {})).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    expect(await get(SEED_CONTACT_IDS.chainInitial)).toEqual({ caseId: 'CASE-77', customerTier: 'gold' });
  });
});

// One astral emoji: 1 code point, 2 UTF-16 units, 4 UTF-8 bytes.
const emoji = (n: number) => '😀'.repeat(n);

describe('UpdateContactAttributes limits', () => {
  it.each([
    ['a key of 1 character', { k: 'v' }],
    ['a key of 32767 characters', { ['k'.repeat(32_767)]: '' }],
    ['a key of letters, digits, - and _', { 'Aa0-_z9': 'v' }],
    ['a value of 0 characters', { k: '' }],
    ['a value of 32767 characters (32,768 bytes with its key)', { k: 'v'.repeat(32_767) }],
  ])('accepts %s', async (_label, attributes) => {
    await expect(update(freshContact(), attributes)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it.each([
    ['an empty key', { '': 'v' }],
    ['a key of 32768 characters', { ['k'.repeat(32_768)]: '' }],
    ['a value of 32768 characters', { k: 'v'.repeat(32_768) }],
    ['a value of 32768 emoji (code points, not UTF-16 units)', { k: emoji(32_768) }],
    ...['.', ' ', ':', 'é', '/', '+'].map((c): [string, Record<string, string>] => [
      `a key with ${JSON.stringify(c)}`,
      { [`a${c}b`]: 'v' },
    ]),
  ] satisfies [string, Record<string, string>][])(
    'rejects %s with InvalidParameterException (400)',
    async (_label, attributes) => {
      const id = freshContact();
      const error = await rejectionOf(update(id, attributes));
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
      expect(await get(id)).toEqual({});
    },
  );

  it('a value of 32767 emoji passes the length check (code points) but not the byte total', async () => {
    await expect(update(freshContact(), { k: emoji(32_767) })).rejects.toBeInstanceOf(InvalidRequestException);
  });

  it('32,768 UTF-8 bytes of multi-byte characters fit; one byte more is InvalidRequestException with the total', async () => {
    const id = freshContact();
    // 1 + 8191 × 4 + 3 = 32,768 bytes in 8,192 code points.
    const full = { k: `${emoji(8_191)}€` };
    await update(id, full);
    const error = await rejectionOf(update(id, { x: '' }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toContain('32769');
    expect(error.message).toContain('32768');
    expect(await get(id)).toEqual(full);
  });

  it('the total counts the stored attributes after the merge, replaced values once', async () => {
    const id = freshContact();
    await update(id, { a: 'x'.repeat(16_000), b: 'y'.repeat(16_000) });
    await expect(update(id, { a: 'z'.repeat(16_766) })).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } }); // 1+16766 + 1+16000
    await expect(update(id, { c: 'w' })).rejects.toBeInstanceOf(InvalidRequestException);
    await update(id, { a: '' }); // clearing a value frees its bytes
    await expect(update(id, { c: 'w' })).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it('a null value or no Attributes at all → InvalidParameterException', async () => {
    const id = freshContact();
    for (const attributes of ['{"k": null}', 'null']) {
      const body = `{"InstanceId": "${SEED_INSTANCE_ID}", "InitialContactId": "${id}", "Attributes": ${attributes}}`;
      expect(await rawOutcome(env.emulator, 'POST', '/contact/attributes', body)).toBe('400 InvalidParameterException');
    }
  });

  it('a value that is not a string → SerializationException', async () => {
    const body = `{"InstanceId": "${SEED_INSTANCE_ID}", "InitialContactId": "${freshContact()}", "Attributes": {"k": 1}}`;
    expect(await rawOutcome(env.emulator, 'POST', '/contact/attributes', body)).toBe('400 SerializationException');
  });
});

describe('ids', () => {
  it.each([
    ['InstanceId', 100],
    ['InitialContactId', 256],
  ] as const)('%s: missing or too long → InvalidParameterException, on both operations', async (member, max) => {
    const ok = { InstanceId: SEED_INSTANCE_ID, InitialContactId: SEED_CONTACT_IDS.chainInitial };
    for (const value of ['', emoji(max + 1)]) {
      const input = { ...ok, [member]: value };
      await expect(
        env.client.send(new UpdateContactAttributesCommand({ ...input, Attributes: { k: 'v' } })),
      ).rejects.toBeInstanceOf(InvalidParameterException);
      await expect(env.client.send(new GetContactAttributesCommand(input))).rejects.toBeInstanceOf(
        InvalidParameterException,
      );
    }
  });

  it('unknown contact or instance → ResourceNotFoundException (404) on both operations', async () => {
    for (const ids of [
      { InstanceId: SEED_INSTANCE_ID, InitialContactId: 'no-such-contact' },
      { InstanceId: 'no-such-instance', InitialContactId: SEED_CONTACT_IDS.chainInitial },
    ]) {
      const error = await rejectionOf(env.client.send(new GetContactAttributesCommand(ids)));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 404 });
      await expect(
        env.client.send(new UpdateContactAttributesCommand({ ...ids, Attributes: { k: 'v' } })),
      ).rejects.toBeInstanceOf(ResourceNotFoundException);
    }
  });

  it('validates the attributes before looking the contact up', async () => {
    await expect(update('no-such-contact', { 'bad key': 'v' })).rejects.toBeInstanceOf(InvalidParameterException);
  });
});
