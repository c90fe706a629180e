import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { COMPLETED_CONTACT_ID, INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { readMany } from '../support/many-contacts.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();
// The tests change the contacts: each starts from the seeded ones.
beforeEach(() => stack.emulator.resetStore());

const describeCalls = () => stack.connectCalls('DescribeContact');

describe('the contact loader caches per request, and only per request', () => {
  it('makes one DescribeContact for a contact read three times in one request', async () => {
    const results = await readMany(stack, [
      ONGOING_CONTACT_ID,
      COMPLETED_CONTACT_ID,
      ONGOING_CONTACT_ID,
      ONGOING_CONTACT_ID,
    ]);

    expect(results.map((r) => r.name)).toEqual([
      'Billing question',
      'Order status',
      'Billing question',
      'Billing question',
    ]);
    expect(
      describeCalls()
        .map((c) => c.contactId)
        .sort(),
    ).toEqual([ONGOING_CONTACT_ID, COMPLETED_CONTACT_ID].sort());
  });

  it('never shares a loader between requests: the second request reads Connect again', async () => {
    await readMany(stack, [ONGOING_CONTACT_ID]);
    await readMany(stack, [ONGOING_CONTACT_ID]);
    expect(describeCalls()).toHaveLength(2);
  });

  it('sees a change made between two requests (no stale cross-request cache)', async () => {
    const [before] = await readMany(stack, [ONGOING_CONTACT_ID]);
    stack.emulator.store.updateContact(INSTANCE_ID, ONGOING_CONTACT_ID, { Name: 'Changed elsewhere' });
    const [after] = await readMany(stack, [ONGOING_CONTACT_ID]);
    expect([before?.name, after?.name]).toEqual(['Billing question', 'Changed elsewhere']);
  });

  it("shows the new state in updateContact's payload, read after the update", async () => {
    const { data } = await stack.execute(UpdateContactDocument, {
      input: updateInput({ name: 'Renamed', description: 'New description' }),
    });
    const result = data?.updateContact;
    expect(result?.__typename).toBe('UpdateContactSuccess');
    if (result?.__typename !== 'UpdateContactSuccess') return;
    expect(result.contact).toMatchObject({ id: ONGOING_CONTACT_ID, name: 'Renamed', description: 'New description' });
    // The read happened after Connect accepted the update, and only once.
    const operations = stack.emulator.calls.map((c) => c.operation);
    expect(operations).toEqual(['UpdateContact', 'DescribeContact']);
  });

  it('re-reads a contact cached earlier in the same request after updating it', async () => {
    const document = /* GraphQL */ `
      mutation Twice($a: UpdateContactInput!, $b: UpdateContactInput!) {
        a: updateContact(input: $a) { ... on UpdateContactSuccess { contact { name description } } }
        b: updateContact(input: $b) { ... on UpdateContactSuccess { contact { name description } } }
      }
    `;
    const response = await stack.post({
      query: document,
      variables: { a: updateInput({ name: 'one' }), b: updateInput({ description: 'two' }) },
    });
    const body = (await response.json()) as { data: Record<'a' | 'b', { contact: unknown }> };
    expect(body.data.a.contact).toEqual({ name: 'one', description: 'Customer asks about a duplicate charge' });
    expect(body.data.b.contact).toEqual({ name: 'one', description: 'two' });
    expect(stack.emulator.calls.map((c) => c.operation)).toEqual([
      'UpdateContact',
      'DescribeContact',
      'UpdateContact',
      'DescribeContact',
    ]);
  });
});
