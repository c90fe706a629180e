import { beforeEach, describe, expect, it } from 'vitest';
import {
  ContactDataDocument,
  TagContactDocument,
  UntagContactDocument,
  UpdateContactAttributesDocument,
} from '../../operations/generated/graphql.ts';
import { useStack } from '../support/stack.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

// Keys a client may choose that name Object.prototype members: stored in a plain object, `__proto__`
// was dropped (the mutation succeeded, the read showed nothing) and the others could shadow methods.
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const stack = useStack();
beforeEach(() => stack.emulator.resetStore());

async function read(contactId: string) {
  const { data, errors } = await stack.execute(ContactDataDocument, { instanceId: INSTANCE_ID, contactId });
  expect(errors).toBeUndefined();
  const contact = data!.contact;
  if (contact.__typename !== 'Contact') throw new Error(contact.__typename);
  return contact;
}

const sorted = (entries: readonly { key: string; value: string }[]) =>
  [...entries].sort((a, b) => a.key.localeCompare(b.key));

describe('map keys named like Object.prototype members round-trip (tags and attributes)', () => {
  it('tagContact stores them, Query.contact reads them, untagContact removes them', async () => {
    const tags = KEYS.map((k, i) => ({ key: k, value: `v${i}` }));
    const { data } = await stack.execute(TagContactDocument, { input: { ...key(SEED.voiceInbound), tags } });
    expect(data?.tagContact.__typename).toBe('TagContactSuccess');
    expect(stack.connectCalls('TagContact')[0]?.body).toMatchObject({
      Tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    });
    const contact = await read(SEED.voiceInbound);
    expect(sorted(contact.tags.filter((t) => KEYS.includes(t.key)))).toEqual(sorted(tags));

    const removed = await stack.execute(UntagContactDocument, {
      input: { ...key(SEED.voiceInbound), tagKeys: ['__proto__', 'toString'] },
    });
    expect(removed.data?.untagContact.__typename).toBe('UntagContactSuccess');
    expect(
      (await read(SEED.voiceInbound)).tags
        .map((t) => t.key)
        .filter((k) => KEYS.includes(k))
        .sort(),
    ).toEqual(['constructor', 'hasOwnProperty']);
  });

  it('updateContactAttributes stores them, and Query.contact reads them back, merged', async () => {
    const attributes = KEYS.map((k, i) => ({ key: k, value: `a${i}` }));
    const send = (list: typeof attributes) =>
      stack.execute(UpdateContactAttributesDocument, {
        input: { instanceId: INSTANCE_ID, initialContactId: SEED.voiceInbound, attributes: list },
      });
    expect((await send(attributes)).data?.updateContactAttributes.__typename).toBe('UpdateContactAttributesSuccess');
    expect(sorted((await read(SEED.voiceInbound)).attributes.filter((a) => KEYS.includes(a.key)))).toEqual(
      sorted(attributes),
    );
    // A second write merges key by key, the prototype-named keys included.
    await send([{ key: '__proto__', value: 'again' }]);
    const after = (await read(SEED.voiceInbound)).attributes;
    expect(after.find((a) => a.key === '__proto__')?.value).toBe('again');
    expect(after.find((a) => a.key === 'constructor')?.value).toBe('a1');
  });

  it('contacts seeded through the control API keep them in tags, attributes and segment attributes', async () => {
    const entries = (prefix: string) => Object.fromEntries(KEYS.map((k, i) => [k, `${prefix}${i}`]));
    // Written as JSON text: an object literal's `__proto__:` would set the prototype, not a key.
    const body = `{"instanceId":"${INSTANCE_ID}","contactId":"proto-keys","attributes":${JSON.stringify(entries('a'))},"contact":{"Tags":${JSON.stringify(entries('t'))},"SegmentAttributes":{${KEYS.map((k) => `"${k}":{"ValueString":"s-${k}"}`).join(',')}}}}`;
    expect(body).toContain('"__proto__":');
    const seeded = await fetch(`${stack.emulator.url}/_emulator/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(seeded.status).toBe(201);
    const response = await stack.post({
      query: `{ contact(instanceId: "${INSTANCE_ID}", contactId: "proto-keys") { ... on Contact { tags { key value } attributes { key value } segmentAttributes { key valueString } } } }`,
    });
    const { data } = (await response.json()) as {
      data: {
        contact: {
          tags: { key: string }[];
          attributes: { key: string }[];
          segmentAttributes: { key: string; valueString: string }[];
        };
      };
    };
    const keysOf = (list: { key: string }[]) =>
      list
        .map((e) => e.key)
        .filter((k) => KEYS.includes(k))
        .sort();
    expect(keysOf(data.contact.tags)).toEqual([...KEYS].sort());
    expect(keysOf(data.contact.attributes)).toEqual([...KEYS].sort());
    // The emulator answers all four; the SDK's deserializer reads a structure stored under
    // `__proto__` as undefined (a map of strings it keeps), so that value is not compared here.
    expect(keysOf(data.contact.segmentAttributes)).toEqual([...KEYS].sort());
    for (const k of KEYS.filter((k) => k !== '__proto__'))
      expect(data.contact.segmentAttributes.find((e) => e.key === k)?.valueString).toBe(`s-${k}`);
  });
});
