import { SEED_INSTANCE_ID, SYSTEM_TAG_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { UntagContactDocument, type UntagContactInput } from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { describeSharedErrors } from './support/connect-errors.ts';
import { SUBJECT, useMutationStack } from './support/mutation-stack.ts';
import { limitChecks } from './support/outcomes.ts';
import { REFUSED_TAG_KEYS } from './support/tag-keys.ts';

const h = useMutationStack();

/** A contact added before each test, with Connect's system tag and these tags of the user's. */
const CONTACT = 'tagged-contact';
const ODD_KEY = 'a+b=c/d:e;f,g<h.i_j-k';
const TAGS = { team: 'billing', project: 'p1', [ODD_KEY]: 'odd' };

const input = (tagKeys: string[], changes: Partial<UntagContactInput> = {}): UntagContactInput => ({
  instanceId: SEED_INSTANCE_ID,
  contactId: CONTACT,
  tagKeys,
  ...changes,
});

// After the stack's own reset (its hook was registered first).
beforeEach(() => {
  h.stack.emulator.store.addContact({
    instanceId: SEED_INSTANCE_ID,
    contactId: CONTACT,
    contact: { Tags: { ...TAGS } },
  });
});

const untag = async (given: UntagContactInput) => (await h.run(UntagContactDocument, { input: given })).untagContact;
const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}`);
const writes = () => h.stack.connectCalls('UntagContact');
const { expectAccepted, expectRefused } = limitChecks(h, 'UntagContact', untag);

describe('untagContact removes tags by key', () => {
  it("removes the keys named and keeps the other tags, Connect's aws: tag included", async () => {
    const result = await untag(input(['team', ODD_KEY]));
    expect(result).toMatchObject({
      __typename: 'UntagContactSuccess',
      instanceId: SEED_INSTANCE_ID,
      contactId: CONTACT,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contact: {
        id: CONTACT,
        tags: [
          { key: SYSTEM_TAG_INSTANCE_ID, value: SEED_INSTANCE_ID },
          { key: 'project', value: 'p1' },
        ],
      },
    });
  });

  it('sends Connect exactly the documented request: signed DELETE with each key in the query, encoded', async () => {
    await untag(input(['team', ODD_KEY]));
    const [call, ...more] = writes();
    expect(more).toHaveLength(0);
    expect(call).toMatchObject({ method: 'DELETE', body: undefined, headers: { authorization: true } });
    const [path, query] = (call?.rawPath ?? '').split('?');
    expect(path).toBe(`/contact/tags/${SEED_INSTANCE_ID}/${CONTACT}`);
    expect(new URLSearchParams(query).getAll('TagKeys')).toEqual(['team', ODD_KEY]);
    // "+" would read as a space in a query string: it must arrive encoded.
    expect(query).not.toContain('+');
  });

  it('ignores a key the contact does not have', async () => {
    const result = await untag(input(['absent']));
    if (result.__typename !== 'UntagContactSuccess') throw new Error(result.__typename);
    expect(result.contact.tags.map((t) => t.key).sort()).toEqual([...Object.keys(TAGS), SYSTEM_TAG_INSTANCE_ID].sort());
  });
});

describe('untagContact limits, checked before any call', () => {
  it('accepts 1 and 6 keys per call and refuses 0 and 7', async () => {
    await expectAccepted(input(keys(1)));
    await expectAccepted(input(keys(6)));
    const none = await expectRefused(input([]), [['tagKeys']]);
    expect(none.fieldErrors[0]?.message).toBe('must hold 1 to 6 tag keys; got 0');
    await expectRefused(input(keys(7)), [['tagKeys']]);
  });

  it('accepts a key of 128 characters and refuses 129, and an empty key', async () => {
    await expectAccepted(input(['k'.repeat(128)]));
    await expectRefused(input(['k'.repeat(129)]), [['tagKeys', '0']]);
    await expectRefused(input(['']), [['tagKeys', '0']]);
  });

  it.each(REFUSED_TAG_KEYS)('refuses the key %j (%s) without a call', async (key) => {
    await expectRefused(input(['team', key]), [['tagKeys', '1']]);
  });

  it('passes a repeated key to Connect, as the model allows (a list, not a map): removed once', async () => {
    const result = await untag(input(['team', 'project', 'team']));
    expect(result).toMatchObject({
      __typename: 'UntagContactSuccess',
      contact: {
        tags: [
          { key: ODD_KEY, value: 'odd' },
          { key: SYSTEM_TAG_INSTANCE_ID, value: SEED_INSTANCE_ID },
        ],
      },
    });
    const [call, ...more] = writes();
    expect(more).toHaveLength(0);
    expect(new URLSearchParams((call?.rawPath ?? '').split('?')[1]).getAll('TagKeys')).toEqual([
      'team',
      'project',
      'team',
    ]);
  });

  it('counts a repeated key toward the 6 keys of one call', async () => {
    await expectRefused(input([...keys(6), 'k0']), [['tagKeys']]);
    expect(writes()).toHaveLength(0);
  });

  it('passes a contactId of 256 characters to Connect and refuses 257, "." and ".."', async () => {
    expect((await untag(input(['team'], { contactId: emoji(256) }))).__typename).toBe('ResourceNotFoundError');
    expect(writes()).toHaveLength(1);
    for (const contactId of [emoji(257), '.', '..'])
      await expectRefused(input(['team'], { contactId }), [['contactId']]);
  });

  it('reports every violation at once, one FieldError each', async () => {
    await expectRefused({ instanceId: '', contactId: CONTACT, tagKeys: [...keys(6), 'aws:x'] }, [
      ['instanceId'],
      ['tagKeys'],
      ['tagKeys', '6'],
    ]);
  });
});

describeSharedErrors({
  h,
  field: 'untagContact',
  document: UntagContactDocument,
  operation: 'UntagContact',
  exceptions: [
    'InvalidRequestException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidParameterException',
    'ThrottlingException',
    'InvalidActiveRegionException',
  ],
  input: input(['team']),
  unknownContact: input(['team'], { contactId: 'no-such-contact' }),
  outsideAllowList: input(['team'], { instanceId: 'another-instance' }),
});

describe('untagContact audit', () => {
  it('writes one line per call naming the keys removed', async () => {
    await untag(input(['team', 'project']));
    expect(h.audits('untagContact')).toEqual([
      expect.objectContaining({
        subject: SUBJECT,
        instanceId: SEED_INSTANCE_ID,
        contactId: CONTACT,
        fields: [],
        keys: ['team', 'project'],
        result: 'UntagContactSuccess',
      }),
    ]);
  });
});
