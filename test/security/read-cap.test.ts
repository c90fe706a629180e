import { beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { startStack, useStack } from '../support/stack.ts';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Contact { id name } }
  }
`;
const contact = (i: number) => ({ __typename: 'Contact', instanceId: INSTANCE_ID, id: `fan-out-${i}` });
const many = (n: number) => Array.from({ length: n }, (_, i) => contact(i));

interface Answer {
  data?: { _entities?: unknown[] } | null;
  errors?: { message: string; extensions: { code: string } }[];
}

describe('reads per request are capped (MAX_CONTACT_READS_PER_REQUEST)', () => {
  const stack = useStack({ env: { MAX_CONTACT_READS_PER_REQUEST: '5' } });

  const entities = async (representations: unknown[], query = ENTITIES) =>
    (await (await stack.post({ query, variables: { representations } })).json()) as Answer;

  it('serves exactly the cap: 5 distinct representations, 5 DescribeContact calls', async () => {
    const body = await entities(many(5));
    expect(body.data?._entities).toHaveLength(5);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(5);
  });

  it('refuses one past the cap whole, before any Connect call', async () => {
    const body = await entities(many(6));
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_READS');
    expect(body.errors?.[0]?.message).toMatch(/at most 5 .* asks for 6/);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('counts distinct contacts: 100 copies of one representation cost one call', async () => {
    const body = await entities(Array.from({ length: 100 }, () => contact(0)));
    expect(body.data?._entities).toHaveLength(100);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
  });

  it('refuses 50 distinct representations (within the representation cap) without a call', async () => {
    const body = await entities(many(50));
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_READS');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('adds up aliased `_entities` fields, inline lists and fragments', async () => {
    const query = /* GraphQL */ `
      query Split($a: [_Any!]!) {
        a: _entities(representations: $a) { __typename }
        ... on Query { b: _entities(representations: [{ __typename: "Contact", instanceId: "${INSTANCE_ID}", id: "inline" }]) { __typename } }
        ...More
      }
      fragment More on Query { c: contact(instanceId: "${INSTANCE_ID}", contactId: "${ONGOING_CONTACT_ID}") { __typename } }
    `;
    const body = (await (await stack.post({ query, variables: { a: many(4) } })).json()) as Answer;
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_READS');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('holds in the loader too, for reads the pre-count does not see (contacts read back after updates)', async () => {
    const aliases = Array.from(
      { length: 6 },
      (_, i) => `u${i}: updateContact(input: $i${i}) { ... on UpdateContactSuccess { contact { id } } }`,
    );
    const query = `mutation(${aliases.map((_, i) => `$i${i}: UpdateContactInput!`).join(', ')}) { ${aliases.join(' ')} }`;
    const variables = Object.fromEntries(
      aliases.map((_, i) => [`i${i}`, updateInput({ contactId: `fan-out-${i}`, name: 'n' })]),
    );
    for (let i = 0; i < 6; i++)
      stack.emulator.store.addContact({
        instanceId: INSTANCE_ID,
        contactId: `fan-out-${i}`,
        contact: { Channel: 'CHAT' },
      });
    stack.emulator.resetCalls();
    const body = (await (await stack.post({ query, variables })).json()) as Answer;
    expect(stack.connectCalls('DescribeContact')).toHaveLength(5);
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['TOO_MANY_READS']);
  });
});

describe('representations per request are capped, duplicates counted (MAX_ENTITY_REPRESENTATIONS)', () => {
  const stack = useStack({ env: { MAX_ENTITY_REPRESENTATIONS: '20' } });
  beforeAll(() => {
    stack.emulator.store.addContact({ instanceId: INSTANCE_ID, contactId: 'fan-out-0', contact: { Channel: 'CHAT' } });
  });
  const copies = (n: number) => Array.from({ length: n }, () => contact(0));
  const entities = async (representations: unknown[]) =>
    (await (await stack.post({ query: ENTITIES, variables: { representations } })).json()) as Answer;

  it('serves exactly the cap: 20 copies of one representation, one DescribeContact call', async () => {
    const body = await entities(copies(20));
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities).toHaveLength(20);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
  });

  it('refuses one past the cap whole, before any Connect call', async () => {
    const body = await entities(copies(21));
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'A request may carry at most 20 _entities representations, duplicates included; this one has 21.',
        extensions: { code: 'TOO_MANY_REPRESENTATIONS', requestId: expect.any(String) },
      },
    ]);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses 5,000 copies of one representation at once: a short answer, no call', async () => {
    const started = performance.now();
    const response = await stack.post({ query: ENTITIES, variables: { representations: copies(5000) } });
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('TOO_MANY_REPRESENTATIONS');
    expect(text.length).toBeLessThan(1000);
    expect(stack.connectCalls()).toHaveLength(0);
    // Resolving them one by one took over a second; the refusal is well under it, even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('adds up aliased `_entities` fields, inline lists and fragments', async () => {
    const query = /* GraphQL */ `
      query Split($a: [_Any!]!) {
        a: _entities(representations: $a) { __typename }
        ... on Query { b: _entities(representations: [{ __typename: "Contact", instanceId: "${INSTANCE_ID}", id: "fan-out-0" }]) { __typename } }
        ...More
      }
      fragment More on Query { c: _entities(representations: $a) { __typename } }
    `;
    const post = async (n: number) =>
      (await (await stack.post({ query, variables: { a: copies(n) } })).json()) as Answer;
    expect((await post(10)).errors?.[0]?.extensions.code).toBe('TOO_MANY_REPRESENTATIONS');
    expect(stack.connectCalls()).toHaveLength(0);
    expect((await post(9)).errors).toBeUndefined();
  });
});

describe('the default cap', () => {
  it('is 50 reads and 100 representations, each served at the cap and refused one past it without a call', async () => {
    const stack = await startStack();
    try {
      for (let i = 0; i < 51; i++)
        stack.emulator.store.addContact({
          instanceId: INSTANCE_ID,
          contactId: `fan-out-${i}`,
          contact: { Channel: 'CHAT' },
        });
      const post = async (n: number) =>
        (await (await stack.post({ query: ENTITIES, variables: { representations: many(n) } })).json()) as Answer;
      expect((await post(51)).errors?.[0]?.extensions.code).toBe('TOO_MANY_READS');
      expect(stack.connectCalls()).toHaveLength(0);
      expect((await post(50)).data?._entities).toHaveLength(50);
      expect(stack.connectCalls('DescribeContact')).toHaveLength(50);
      // Representations: 100 copies are served, 101 refused without a call.
      stack.emulator.resetCalls();
      const copies = async (n: number) =>
        (await (
          await stack.post({
            query: ENTITIES,
            variables: { representations: Array.from({ length: n }, () => contact(0)) },
          })
        ).json()) as Answer;
      expect((await copies(101)).errors?.[0]?.extensions.code).toBe('TOO_MANY_REPRESENTATIONS');
      expect(stack.connectCalls()).toHaveLength(0);
      expect((await copies(100)).data?._entities).toHaveLength(100);
      expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
    } finally {
      await stack.close();
    }
  });
});
