import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

describe('updateContact with nothing to update', () => {
  it.each([
    ['no fields at all', {}],
    ['only nulls', { name: null, description: null, references: null }],
    ['an empty references list', { references: [] }],
  ])('answers InvalidRequestError for %s and does not call Connect', async (_case, changes) => {
    const { data, errors } = await stack.execute(UpdateContactDocument, { input: updateInput(changes) });
    expect(errors).toBeUndefined();
    expect(data?.updateContact).toMatchObject({
      __typename: 'InvalidRequestError',
      message: expect.stringMatching(/Nothing to update/),
      requestId: null,
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });
});

describe('updateContact references', () => {
  it('rejects a duplicate key, pointing at the second occurrence', async () => {
    const { data } = await stack.execute(UpdateContactDocument, {
      input: updateInput({
        references: [
          { key: 'ticket', type: 'URL', value: 'a' },
          { key: 'other', type: 'URL', value: 'b' },
          { key: 'ticket', type: 'STRING', value: 'c' },
        ],
      }),
    });
    const result = data!.updateContact;
    expect(result.__typename).toBe('InvalidParameterError');
    if (result.__typename !== 'InvalidParameterError') return;
    expect(result.fieldErrors).toEqual([
      { path: ['input', 'references', '2', 'key'], message: expect.stringMatching(/unique/) },
    ]);
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('rejects a reference type the SDK does not know, as a GraphQL validation error', async () => {
    const response = await stack.post({
      query: 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { __typename } }',
      variables: { input: { ...updateInput(), references: [{ key: 'k', type: 'PHONE', value: 'v' }] } },
    });
    const json = (await response.json()) as { errors?: { message: string }[] };
    expect(json.errors?.[0]?.message).toMatch(/ReferenceType/);
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('accepts every ReferenceType the SDK knows', async () => {
    const { ReferenceType } = await import('@aws-sdk/client-connect');
    const references = Object.values(ReferenceType).map((type, i) => ({ key: `k${i}`, type, value: 'v' }));
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ references }) });
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
  });
});
