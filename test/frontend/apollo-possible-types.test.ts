import { InMemoryCache } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient, createContactCache } from '../../operations/examples/apollo-client.ts';
import { ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import introspection from '../../operations/generated/possible-types.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// Apollo Client's InMemoryCache matches `... on Error { message }` only when it knows which types
// implement Error. The README's operations select `message` that way, so without the generated
// possibleTypes every error reaches the screen without its message.
const ERROR_TYPES = introspection.possibleTypes.Error ?? [];

// One attempt, so that an injected throttle or 500 reaches the client instead of being retried.
const stack = useStack({ client: { maxAttempts: 1 } });

/** Connect answers the next call of `operation` with the exception behind `typename`. */
function injectError(typename: string, operation: 'UpdateContact' | 'DescribeContact') {
  const name = typename.replace(/Error$/, 'Exception');
  stack.emulator.faults.add({ kind: 'error', name, operation, message: `injected ${name}`, times: 1 });
}

/** Apollo Client warns (and drops fields) when it meets an interface it has no possibleTypes for. */
function quietly<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return run()
    .then((result) => ({ result, warnings: warn.mock.calls.map((args) => args.join(' ')) }))
    .finally(() => warn.mockRestore());
}

async function updateWith(cache: InMemoryCache) {
  const { data } = await createApolloClient(stack.url, cache).mutate({
    mutation: UpdateContactDocument,
    variables: { input: updateInput({ name: 'Refund approved' }) },
  });
  return data?.updateContact;
}

async function readWith(cache: InMemoryCache) {
  const { data } = await createApolloClient(stack.url, cache).query({
    query: ContactDocument,
    variables: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
    fetchPolicy: 'network-only',
  });
  return data?.contact;
}

// Every error member of both operations, each reached through Connect (the emulator's faults).
interface Operation {
  connectOperation: 'UpdateContact' | 'DescribeContact';
  send: (cache: InMemoryCache) => Promise<{ __typename: string } | undefined>;
}
const OPERATIONS: Record<'updateContact' | 'contact', Operation> = {
  updateContact: { connectOperation: 'UpdateContact', send: updateWith },
  contact: { connectOperation: 'DescribeContact', send: readWith },
};
// The errors each field's union holds (other operations' errors implement Error too).
const UNIONS = { updateContact: 'UpdateContactResult', contact: 'ContactResult' } as const;
const CASES = (['updateContact', 'contact'] as const).flatMap((field) =>
  (introspection.possibleTypes[UNIONS[field]] ?? [])
    .filter((typename) => ERROR_TYPES.includes(typename))
    .map((typename) => [field, typename] as const),
);

describe('Apollo Client 4 against the gateway: `... on Error { message }`', () => {
  it.each(CASES)(
    '%s → %s keeps message with the generated possibleTypes, loses it without',
    async (field, typename) => {
      const { connectOperation, send } = OPERATIONS[field];
      injectError(typename, connectOperation);
      const { result: plain, warnings } = await quietly(() => send(new InMemoryCache()));
      injectError(typename, connectOperation);
      const configured = await send(createContactCache());

      // InternalServiceError's message is fixed (Connect's would describe its internals); the others are Connect's.
      expect(configured).toMatchObject({
        __typename: typename,
        message: expect.stringMatching(/injected|failed internally/),
      });
      expect(plain?.__typename).toBe(typename);
      expect(plain).not.toHaveProperty('message');
      expect(warnings.join('\n')).toContain('possibleTypes');
    },
  );

  it('the success members come through whole with the generated possibleTypes', async () => {
    expect(await updateWith(createContactCache())).toMatchObject({
      __typename: 'UpdateContactSuccess',
      contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: 'Refund approved' },
    });
    expect(await readWith(createContactCache())).toMatchObject({ __typename: 'Contact', name: 'Refund approved' });
  });
});
