import { describe, expect, it } from 'vitest';
import { type Stack, useStack } from '../support/stack.ts';

interface Answer {
  errors?: { message: string; extensions: { code: string } }[];
}

const send = async (stack: Stack, body: unknown, accept = 'application/graphql-response+json') => {
  const response = await stack.post(body, { accept });
  return { status: response.status, body: (await response.json()) as Answer };
};

describe('a request without a query says so', () => {
  const stack = useStack();
  const only = useStack({ env: { PERSISTED_OPERATIONS: 'only' } });

  it.each([
    ['no query', { variables: {} }],
    ['an empty query', { query: '' }],
    ['a null query', { query: null }],
  ])('%s: 400 "Must provide query string." (not a persisted-query error)', async (_name, body) => {
    const answer = await send(stack, body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'Must provide query string.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('a non-string query is refused as such', async () => {
    const answer = await send(stack, { query: 5 });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).not.toMatch(/Persisted/);
  });

  it('a persisted-operation request with an unknown hash is still a persisted-query error', async () => {
    const answer = await send(stack, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(answer.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('with PERSISTED_OPERATIONS=only, a body without a hash is asked for one', async () => {
    const answer = await send(only, { variables: {} });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe(
      'Must provide a persisted operation (extensions.persistedQuery.sha256Hash).',
    );
  });
});
