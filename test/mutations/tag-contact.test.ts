import { SEED_CONTACT_IDS, SEED_INSTANCE_ID, SYSTEM_TAG_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import { describe, expect, it } from 'vitest';
import { type ContactTagInput, TagContactDocument, type TagContactInput } from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { describeSharedErrors } from './support/connect-errors.ts';
import { SUBJECT, useMutationStack } from './support/mutation-stack.ts';
import { limitChecks } from './support/outcomes.ts';
import { ACCEPTED_TAG_KEYS, REFUSED_TAG_KEYS } from './support/tag-keys.ts';

const h = useMutationStack();

/** A connected task with Connect's system tag and no tags of the user's. */
const CONTACT = SEED_CONTACT_IDS.taskConnected;
/** A voice contact with the user tag team=billing (and no system tag). */
const TAGGED = SEED_CONTACT_IDS.voiceInbound;

const input = (tags: ContactTagInput[], changes: Partial<TagContactInput> = {}): TagContactInput => ({
  instanceId: SEED_INSTANCE_ID,
  contactId: CONTACT,
  tags,
  ...changes,
});

const tag = async (given: TagContactInput) => (await h.run(TagContactDocument, { input: given })).tagContact;
const tagsOf = (count: number, prefix = 'k') =>
  Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, value: 'v' }));
const writes = () => h.stack.connectCalls('TagContact');
const { expectAccepted, expectRefused } = limitChecks(h, 'TagContact', tag);

describe('tagContact adds tags to one contact', () => {
  it("adds the tags and reads them back beside Connect's own aws: tag", async () => {
    const result = await tag(input([{ key: 'costCentre', value: 'cc-42' }]));
    expect(result).toMatchObject({
      __typename: 'TagContactSuccess',
      instanceId: SEED_INSTANCE_ID,
      contactId: CONTACT,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contact: {
        id: CONTACT,
        tags: [
          { key: SYSTEM_TAG_INSTANCE_ID, value: SEED_INSTANCE_ID },
          { key: 'costCentre', value: 'cc-42' },
        ],
      },
    });
  });

  it('replaces the value of a key the contact has and keeps the other tags', async () => {
    const result = await tag(
      input(
        [
          { key: 'team', value: 'support' },
          { key: 'channel', value: 'phone' },
        ],
        { contactId: TAGGED },
      ),
    );
    expect(result.__typename === 'TagContactSuccess' && result.contact.tags).toEqual([
      { key: 'channel', value: 'phone' },
      { key: 'team', value: 'support' },
    ]);
  });

  it('sends Connect exactly the documented request: signed POST /contact/tags with the map', async () => {
    await tag(
      input([
        { key: 'costCentre', value: 'cc-42' },
        { key: 'project', value: '' },
      ]),
    );
    const [call, ...more] = writes();
    expect(more).toHaveLength(0);
    expect(call).toMatchObject({ method: 'POST', rawPath: '/contact/tags' });
    expect(call?.headers).toMatchObject({ authorization: true, contentType: 'application/json' });
    expect(call?.body).toEqual({
      InstanceId: SEED_INSTANCE_ID,
      ContactId: CONTACT,
      Tags: { costCentre: 'cc-42', project: '' },
    });
  });
});

describe('tagContact limits, checked before any call', () => {
  it('accepts 1 and 6 tags per call and refuses 0 and 7', async () => {
    await expectAccepted(input(tagsOf(1)));
    await expectAccepted(input(tagsOf(6, 'm')));
    const none = await expectRefused(input([]), [['tags']]);
    expect(none.fieldErrors[0]?.message).toBe('must hold 1 to 6 tags; got 0');
    await expectRefused(input(tagsOf(7)), [['tags']]);
  });

  it('accepts a key of 128 characters and refuses 129, and an empty key once, for its length', async () => {
    await expectAccepted(input([{ key: 'k'.repeat(128), value: 'v' }]));
    await expectRefused(input([{ key: 'k'.repeat(129), value: 'v' }]), [['tags', '0', 'key']]);
    await expectRefused(input([{ key: '', value: 'v' }]), [['tags', '0', 'key']]);
  });

  it('accepts a value of 256 characters (code points) and an empty one, and refuses 257', async () => {
    await expectAccepted(
      input([
        { key: 'long', value: emoji(256) },
        { key: 'empty', value: '' },
      ]),
    );
    await expectRefused(input([{ key: 'long', value: emoji(257) }]), [['tags', '0', 'value']]);
  });

  it.each(ACCEPTED_TAG_KEYS)('accepts the key %j (%s), and so does Connect', async (key) => {
    await expectAccepted(input([{ key, value: 'v' }]));
  });

  it.each(REFUSED_TAG_KEYS)('refuses the key %j (%s) without a call', async (key) => {
    const result = await expectRefused(input([{ key, value: 'v' }]), [['tags', '0', 'key']]);
    expect(result.fieldErrors[0]?.message).toMatch(
      /^aws:/i.test(key)
        ? /must not start with "aws:"/
        : /may contain only letters a-z and A-Z, digits and \+ , - \. \/ : ; < = _/,
    );
    expect(result.fieldErrors[0]?.message).toContain('^(?!aws:)[a-zA-Z+-=._:/]+$');
  });

  it('refuses a repeated key at the later entry, naming the first', async () => {
    const result = await expectRefused(
      input([
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
      [['tags', '1', 'key']],
    );
    expect(result.fieldErrors[0]?.message).toMatch(/tags\[0\].*unique/);
  });

  it('passes a contactId of 256 characters to Connect and refuses 257, "." and ".."', async () => {
    expect((await tag(input(tagsOf(1), { contactId: emoji(256) }))).__typename).toBe('ResourceNotFoundError');
    expect(writes()).toHaveLength(1);
    for (const contactId of [emoji(257), '.', '..'])
      await expectRefused(input(tagsOf(1), { contactId }), [['contactId']]);
  });

  it('reports every violation at once, one FieldError each', async () => {
    await expectRefused(
      { instanceId: emoji(101), contactId: '', tags: [...tagsOf(6), { key: 'aws:x', value: emoji(257) }] },
      [['instanceId'], ['contactId'], ['tags'], ['tags', '6', 'key'], ['tags', '6', 'value']],
    );
  });
});

describeSharedErrors({
  h,
  field: 'tagContact',
  document: TagContactDocument,
  operation: 'TagContact',
  exceptions: [
    'InvalidRequestException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidParameterException',
    'ThrottlingException',
    'InvalidActiveRegionException',
  ],
  input: input(tagsOf(1)),
  unknownContact: input(tagsOf(1), { contactId: 'no-such-contact' }),
  outsideAllowList: input(tagsOf(1), { instanceId: 'another-instance' }),
});

describe("Connect's own refusal of tagContact", () => {
  it("a 51st tag of the user's is InvalidRequestError; its aws: tag and a replaced key do not count", async () => {
    const full = Object.fromEntries(tagsOf(50).map(({ key, value }) => [key, value]));
    h.stack.emulator.store.addContact({
      instanceId: SEED_INSTANCE_ID,
      contactId: 'fifty-tags',
      contact: { Tags: full },
    });
    const replaced = await tag(input([{ key: 'k0', value: 'new' }], { contactId: 'fifty-tags' }));
    expect(replaced.__typename).toBe('TagContactSuccess');
    const added = await tag(input([{ key: 'one-more', value: 'v' }], { contactId: 'fifty-tags' }));
    expect(added).toMatchObject({
      __typename: 'InvalidRequestError',
      message: expect.stringMatching(/50/),
      requestId: expect.any(String),
    });
  });
});

describe('tagContact audit', () => {
  const SECRET_VALUE = 'customer-4242-vip';

  it('writes one line per call naming the tag keys, never their values, whatever the outcome', async () => {
    const result = await tag(input([{ key: 'segment', value: SECRET_VALUE }]));
    await tag(input([{ key: 'segment', value: SECRET_VALUE }], { instanceId: 'another-instance' }));
    expect(h.audits('tagContact')).toEqual([
      expect.objectContaining({
        subject: SUBJECT,
        instanceId: SEED_INSTANCE_ID,
        contactId: CONTACT,
        fields: ['tags'],
        keys: ['segment'],
        result: 'TagContactSuccess',
        requestId: result.__typename === 'TagContactSuccess' ? result.requestId : 'missing',
      }),
      expect.objectContaining({ result: 'AccessDeniedError', requestId: null, keys: ['segment'] }),
    ]);
    expect(h.lines.join('\n')).not.toContain(SECRET_VALUE);
  });
});
