import {
  DescribeContactCommand,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  TagContactCommand,
  UntagContactCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_USER_TAGS_PER_CONTACT, SEED_CONTACT_IDS, SEED_INSTANCE_ID, SYSTEM_TAG_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.resetStore());

const SYSTEM = { [SYSTEM_TAG_INSTANCE_ID]: SEED_INSTANCE_ID };
const tag = (ContactId: string, Tags: Record<string, string>) =>
  env.client.send(new TagContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, Tags }));
const untag = (ContactId: string, TagKeys: string[]) =>
  env.client.send(new UntagContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, TagKeys }));
const tagsOf = async (ContactId: string) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact?.Tags;
const freshContact = () => env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID }).contact.Id;
const manyTags = (n: number, prefix = 't') =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 'v']));

describe('TagContact and UntagContact', () => {
  it('tags are added beside the system tag and shown by DescribeContact; untag removes them', async () => {
    const id = SEED_CONTACT_IDS.taskConnected;
    expect((await tag(id, { dept: 'sales', cost: 'c-1' })).$metadata.httpStatusCode).toBe(200);
    expect(await tagsOf(id)).toEqual({ ...SYSTEM, dept: 'sales', cost: 'c-1' });
    await tag(id, { dept: 'support' });
    expect(await tagsOf(id)).toEqual({ ...SYSTEM, dept: 'support', cost: 'c-1' });
    expect((await untag(id, ['dept', 'not-there'])).$metadata.httpStatusCode).toBe(200);
    expect(await tagsOf(id)).toEqual({ ...SYSTEM, cost: 'c-1' });
  });

  it('keys with the characters the SDK percent-encodes in the query string round-trip', async () => {
    const id = freshContact();
    const keys = ['a+b', 'a/b', 'a=b,c', 'x:y;z<'];
    await tag(id, Object.fromEntries(keys.map((k) => [k, k])));
    await untag(id, keys.slice(0, 3));
    expect(await tagsOf(id)).toEqual({ ...SYSTEM, 'x:y;z<': 'x:y;z<' });
  });

  it('tags ended contacts too', async () => {
    await tag(SEED_CONTACT_IDS.chatCompleted, { reviewed: 'yes' });
    expect(await tagsOf(SEED_CONTACT_IDS.chatCompleted)).toEqual({ reviewed: 'yes' });
  });
});

describe('tag key pattern ^(?!aws:)[a-zA-Z+-=._:/]+$ (+-= is the range U+002B..U+003D)', () => {
  const accepted = ['a', 'Z', '+', ',', '-', '.', '/', '0', '9', ':', ';', '<', '=', '_', 'aws', 'xaws:', 'AWS'];
  // The model's pattern admits `AWS:x`; AWS's tagging rules reserve the prefix in any case.
  const refused = [
    '>',
    '*',
    ' ',
    '@',
    '#',
    'é',
    '(',
    '!',
    '[',
    '\\',
    '^',
    '`',
    '~',
    'aws:',
    'aws:x',
    'AWS:x',
    'Aws:',
    'aWS:x',
  ];

  it.each(accepted)('accepts %j', async (key) => {
    await expect(tag(freshContact(), { [key]: 'v' })).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(untag(freshContact(), [key])).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it.each(refused)('refuses %j on TagContact and UntagContact with InvalidParameterException', async (key) => {
    const error = await rejectionOf(tag(freshContact(), { [key]: 'v' }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toContain('^(?!aws:)[a-zA-Z+-=._:/]+$');
    await expect(untag(freshContact(), [key])).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('the system tag can be neither changed nor removed', async () => {
    const id = freshContact();
    await expect(tag(id, { [SYSTEM_TAG_INSTANCE_ID]: 'other' })).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(untag(id, [SYSTEM_TAG_INSTANCE_ID])).rejects.toBeInstanceOf(InvalidParameterException);
    expect(await tagsOf(id)).toEqual(SYSTEM);
  });
});

describe('limits', () => {
  const emoji = (n: number) => '😀'.repeat(n);

  it.each([
    ['a key of 128 characters', { ['k'.repeat(128)]: 'v' }],
    ['an empty value', { k: '' }],
    ['a value of 256 emoji (code points)', { k: emoji(256) }],
    ['6 tags', manyTags(6)],
  ])('TagContact accepts %s', async (_label, tags) => {
    await expect(tag(freshContact(), tags)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it.each([
    ['an empty key', { '': 'v' }],
    ['a key of 129 characters', { ['k'.repeat(129)]: 'v' }],
    ['a value of 257 emoji', { k: emoji(257) }],
    ['no tags', {}],
    ['7 tags', manyTags(7)],
  ])('TagContact refuses %s with InvalidParameterException (400)', async (_label, tags) => {
    const id = freshContact();
    const error = await rejectionOf(tag(id, tags));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
    expect(await tagsOf(id)).toEqual(SYSTEM);
  });

  it('UntagContact takes 1 to 6 keys of 1 to 128 characters', async () => {
    const id = freshContact();
    await expect(untag(id, Object.keys(manyTags(6)))).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(untag(id, ['k'.repeat(128)])).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    for (const keys of [Object.keys(manyTags(7)), [], ['k'.repeat(129)], ['']]) {
      await expect(untag(id, keys)).rejects.toBeInstanceOf(InvalidParameterException);
    }
  });

  it(`${MAX_USER_TAGS_PER_CONTACT} user tags fit beside the system tag; one more is InvalidRequestException`, async () => {
    const id = freshContact();
    for (let i = 0; i < 48; i += 6) await tag(id, manyTags(6, `b${i}-`));
    await tag(id, manyTags(2, 'last'));
    expect(Object.keys((await tagsOf(id)) ?? {})).toHaveLength(MAX_USER_TAGS_PER_CONTACT + 1);
    await expect(tag(id, { last0: 'replaced' })).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } }); // replacing adds none
    const error = await rejectionOf(tag(id, { oneMore: 'v' }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toContain('51');
  });

  it('a null value → InvalidParameterException; a number → SerializationException', async () => {
    const body = (tags: string) =>
      `{"InstanceId": "${SEED_INSTANCE_ID}", "ContactId": "${freshContact()}", "Tags": ${tags}}`;
    expect(await rawOutcome(env.emulator, 'POST', '/contact/tags', body('{"k": null}'))).toBe(
      '400 InvalidParameterException',
    );
    expect(await rawOutcome(env.emulator, 'POST', '/contact/tags', body('{"k": 1}'))).toBe(
      '400 SerializationException',
    );
  });
});

describe('ids', () => {
  it('missing or too long ids → InvalidParameterException; unknown → ResourceNotFoundException', async () => {
    for (const ids of [
      { InstanceId: '', ContactId: 'c' },
      { InstanceId: 'i'.repeat(101), ContactId: 'c' },
      { InstanceId: SEED_INSTANCE_ID, ContactId: 'c'.repeat(257) },
    ]) {
      await expect(env.client.send(new TagContactCommand({ ...ids, Tags: { k: 'v' } }))).rejects.toBeInstanceOf(
        InvalidParameterException,
      );
      await expect(env.client.send(new UntagContactCommand({ ...ids, TagKeys: ['k'] }))).rejects.toBeInstanceOf(
        InvalidParameterException,
      );
    }
    for (const ids of [
      { InstanceId: SEED_INSTANCE_ID, ContactId: 'no-such-contact' },
      { InstanceId: 'no-such-instance', ContactId: SEED_CONTACT_IDS.taskConnected },
    ]) {
      await expect(env.client.send(new TagContactCommand({ ...ids, Tags: { k: 'v' } }))).rejects.toBeInstanceOf(
        ResourceNotFoundException,
      );
      await expect(env.client.send(new UntagContactCommand({ ...ids, TagKeys: ['k'] }))).rejects.toBeInstanceOf(
        ResourceNotFoundException,
      );
    }
  });
});
