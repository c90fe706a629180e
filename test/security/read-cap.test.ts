import { describe, expect, it } from 'vitest';
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

  it('counts distinct contacts: 5,000 copies of one representation cost one call', async () => {
    const body = await entities(Array.from({ length: 5000 }, () => contact(0)));
    expect(body.data?._entities).toHaveLength(5000);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
  });

  it('refuses 5,000 distinct representations without a call', async () => {
    const body = await entities(many(5000));
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

describe('the default cap', () => {
  it('is 50: 50 distinct representations are served, 51 refused without a call', async () => {
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
    } finally {
      await stack.close();
    }
  });
});
