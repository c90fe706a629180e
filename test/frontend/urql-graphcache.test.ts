import type { DocumentedErrorName } from '@connect-gateway/connect-emulator';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createUrqlClient } from '../../operations/examples/urql-client.ts';
import { ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import introspection from '../../operations/generated/possible-types.ts';
import { messageFor } from '../mutations/support/documented-errors.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// One attempt, so that an injected throttle or 500 reaches the client instead of being retried.
const stack = useStack({ client: { maxAttempts: 1 } });

// graphcache tells in console warnings when it guesses a fragment match, finds a type it cannot
// key or writes a field the answer lacks. With the documented set-up (the schema, `keys` for every
// type) it has nothing to say: any warning fails.
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  const warnings = warn.mock.calls.map((args) => args.join(' '));
  warn.mockRestore();
  expect(warnings).toEqual([]);
});

const contactVariables = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };

describe('urql with the documented graphcache exchange', () => {
  // The errors of updateContact's union (other operations' errors implement Error too).
  const updateErrors = (introspection.possibleTypes.UpdateContactResult ?? []).filter((typename) =>
    introspection.possibleTypes.Error?.includes(typename),
  );
  it.each(updateErrors)('updateContact → %s comes with its message', async (typename) => {
    const name = typename.replace(/Error$/, 'Exception');
    stack.emulator.faults.add({
      kind: 'error',
      name,
      operation: 'UpdateContact',
      message: `injected ${name}`,
      times: 1,
    });
    const { data, error } = await createUrqlClient(stack.url)
      .mutation(UpdateContactDocument, { input: updateInput({ name: 'x' }) })
      .toPromise();
    expect(error).toBeUndefined();
    expect(data?.updateContact).toMatchObject({
      __typename: typename,
      message: messageFor(name as DocumentedErrorName, `injected ${name}`),
    });
  });

  it('reads a contact from the cache after updateContact with the new name, without asking the gateway', async () => {
    const client = createUrqlClient(stack.url);
    const before = await client.query(ContactDocument, contactVariables).toPromise();
    expect(before.data?.contact).toMatchObject({ __typename: 'Contact', name: 'Billing question' });

    const updated = await client
      .mutation(UpdateContactDocument, { input: updateInput({ name: 'Refund approved' }) })
      .toPromise();
    expect(updated.data?.updateContact.__typename).toBe('UpdateContactSuccess');
    const describesSoFar = stack.connectCalls('DescribeContact').length;

    const after = await client.query(ContactDocument, contactVariables, { requestPolicy: 'cache-only' }).toPromise();
    expect(after.data?.contact).toMatchObject({ __typename: 'Contact', name: 'Refund approved' });
    expect(stack.connectCalls('DescribeContact')).toHaveLength(describesSoFar);
  });
});
