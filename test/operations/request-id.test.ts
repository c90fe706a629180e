import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack({ client: { maxAttempts: 1 } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const mutation = {
  query: 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename}}',
  variables: { i: updateInput({ name: 'x' }) },
};

describe('x-request-id', () => {
  it('is generated when the client sends none, and returned in the response header', async () => {
    const response = await stack.post(mutation);
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it.each([
    ['a UUID', 'a3f1c2d4-0000-4000-8000-000000000001'],
    ['128 characters', 'r'.repeat(128)],
    ['an AWS-style id with dots and colons', 'Root=1-5759e988:abc.def_1'],
  ])('a sane incoming id (%s) is kept', async (_case, id) => {
    const response = await stack.post(mutation, { 'x-request-id': id });
    expect(response.headers.get('x-request-id')).toBe(id);
  });

  it.each([
    ['129 characters', 'r'.repeat(129)],
    ['spaces', 'my id'],
    ['markup', '<script>'],
    ['a line break in an encoded form', 'a%0Ab'],
  ])('an incoming id with %s is replaced by a new one', async (_case, id) => {
    const response = await stack.post(mutation, { 'x-request-id': id });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('every GraphQL error carries the request id in its extensions', async () => {
    stack.emulator.faults.add({ kind: 'reset', operation: 'UpdateContact', times: 1 });
    const response = await stack.post({ query: '{ __typename }' }, { 'x-request-id': 'parse-ok' });
    expect(response.status).toBe(200);
    const masked = await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ name: 'x' }) },
      { 'x-request-id': 'req-masked-1' },
    );
    expect(masked.errors?.[0]?.extensions).toEqual({ code: 'CONNECT_UNAVAILABLE', requestId: 'req-masked-1' });
    const invalid = await stack.post({ query: '{ nope }' }, { 'x-request-id': 'req-invalid-1' });
    const body = (await invalid.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-invalid-1' });
    expect(invalid.headers.get('x-request-id')).toBe('req-invalid-1');
  });
});
