import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../../src/plugins/use-operation-limits.ts';
import { MAX_WRITES_PER_OPERATION } from '../../src/plugins/write-cap.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

/** A mutation with `n` aliased updateContact fields, all on one input variable. */
const aliasedUpdates = (n: number) =>
  `mutation($i: UpdateContactInput!) { ${Array.from({ length: n }, (_, k) => `u${k}: updateContact(input: $i) { __typename }`).join(' ')} }`;

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await stack.post({ query, variables });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('operation limits', () => {
  it('refuses an alias flood of 200 updateContact fields before any call', async () => {
    const { body } = await run(aliasedUpdates(200), { i: updateInput({ name: 'n' }) });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it(`allows ${MAX_WRITES_PER_OPERATION} writes in one operation and refuses ${MAX_WRITES_PER_OPERATION + 1}`, async () => {
    const allowed = await run(aliasedUpdates(MAX_WRITES_PER_OPERATION), { i: updateInput({ name: 'n' }) });
    expect(allowed.body.errors).toBeUndefined();
    expect(stack.connectCalls('UpdateContact')).toHaveLength(MAX_WRITES_PER_OPERATION);
    stack.emulator.resetCalls();

    const refused = await run(aliasedUpdates(MAX_WRITES_PER_OPERATION + 1), { i: updateInput({ name: 'n' }) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_WRITES');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('counts writes hidden in fragments', async () => {
    const fields = Array.from(
      { length: MAX_WRITES_PER_OPERATION + 1 },
      (_, k) => `f${k}: updateContact(input: $i) { __typename }`,
    );
    const query = `mutation($i: UpdateContactInput!) { ...A ... on Mutation { ${fields.slice(6).join(' ')} } }
      fragment A on Mutation { ${fields.slice(0, 6).join(' ')} }`;
    const { body } = await run(query, { i: updateInput({ name: 'n' }) });
    expect(body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_WRITES');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it(`allows depth ${OPERATION_LIMITS.maxDepth} and refuses a deeper query`, async () => {
    // Nested inline fragments count as levels: `_service { sdl }` inside k of them has depth k + 2.
    const nested = (depth: number) =>
      `{ ${'... on Query { '.repeat(depth - 2)}_service { sdl }${' }'.repeat(depth - 2)} }`;
    expect((await run(nested(OPERATION_LIMITS.maxDepth))).body.errors).toBeUndefined();
    const deep = await run(nested(OPERATION_LIMITS.maxDepth + 1));
    expect(deep.body.errors?.[0]?.message).toMatch(/depth limit/i);
  });

  it('lets GraphiQL’s standard introspection query through (introspection is governed separately)', async () => {
    expect((await run(getIntrospectionQuery())).body.errors).toBeUndefined();
  });

  it(`refuses more than ${OPERATION_LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, k) => `a${k}: _service { sdl }`).join(' ')} }`;
    expect((await run(aliases(OPERATION_LIMITS.maxAliases))).body.errors).toBeUndefined();
    expect((await run(aliases(OPERATION_LIMITS.maxAliases + 1))).body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it(`refuses a document of more than ${OPERATION_LIMITS.maxTokens} tokens`, async () => {
    // `query($r: [Int] = [0, 0, …]) { __typename }`: 15 tokens (`$` is one) around the list items.
    const tokens = (n: number) => `query($r: [Int] = [${'0 '.repeat(n - 15)}]) { __typename }`;
    const isTokenLimit = (e: { message: string }) => /token limit/i.test(e.message);
    // The unused variable is a validation error; what matters is which check refused the document.
    const atLimit = await run(tokens(OPERATION_LIMITS.maxTokens));
    expect(atLimit.body.errors?.some(isTokenLimit)).toBe(false);
    const over = await run(tokens(OPERATION_LIMITS.maxTokens + 1));
    expect(over.body.errors?.some(isTokenLimit)).toBe(true);
  });

  it(`refuses more than ${OPERATION_LIMITS.maxDirectives} directives`, async () => {
    const directives = (n: number) =>
      `{ ${Array.from({ length: n }, (_, k) => `a${k}: __typename @include(if: true)`).join(' ')} }`;
    expect((await run(directives(OPERATION_LIMITS.maxDirectives))).body.errors).toBeUndefined();
    expect((await run(directives(OPERATION_LIMITS.maxDirectives + 1))).body.errors?.[0]?.message).toMatch(/directive/i);
  });

  it('refuses a batched request (an array of operations), without calling Connect', async () => {
    const batch = Array.from({ length: 20 }, () => ({
      query: aliasedUpdates(1),
      variables: { i: updateInput({ name: 'n' }) },
    }));
    const response = await stack.post(batch);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(stack.connectCalls()).toHaveLength(0);
  });
});
