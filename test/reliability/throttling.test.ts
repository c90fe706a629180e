import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { expectStillServing, storedName, timed } from './support.ts';

const stack = useStack({ client: { maxAttempts: 3 } });
// The tests change the contacts: each starts from the seeded ones.
beforeEach(() => stack.emulator.resetStore());

describe("Connect's request-rate quota (token bucket)", () => {
  it('a 429 storm ends in ThrottlingError with the retry hint, after the bounded attempts, and nothing changes', async () => {
    stack.emulator.faults.add({
      kind: 'throttle',
      operation: 'UpdateContact',
      ratePerSecond: 0,
      burst: 0,
      retryAfterSeconds: 1,
    });
    const before = storedName(stack);
    const { result, ms } = await timed(() =>
      stack.execute(UpdateContactDocument, { input: updateInput({ name: 'never stored' }) }),
    );
    expect(result.data?.updateContact).toMatchObject({ __typename: 'ThrottlingError', retryAfterSeconds: 1 });
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([429, 429, 429]);
    expect(storedName(stack)).toBe(before);
    expect(ms).toBeLessThan(10_000);
    await expectStillServing(stack);
  });

  it('under a storm of concurrent updates, exactly the ones Connect accepted are successes', async () => {
    const contactIds = Array.from({ length: 10 }, (_, i) => `storm-${i}`);
    for (const contactId of contactIds)
      stack.emulator.store.addContact({ instanceId: INSTANCE_ID, contactId, contact: { Name: 'old' } });
    stack.emulator.faults.add({
      kind: 'throttle',
      operation: 'UpdateContact',
      ratePerSecond: 0,
      burst: 4,
      retryAfterSeconds: 1,
    });
    const answers = await Promise.all(
      contactIds.map((contactId) =>
        stack.execute(UpdateContactDocument, { input: updateInput({ contactId, name: 'new' }) }),
      ),
    );
    const typenames = answers.map((a) => a.data?.updateContact.__typename);
    expect(typenames.filter((t) => t === 'UpdateContactSuccess')).toHaveLength(4);
    expect(typenames.filter((t) => t === 'ThrottlingError')).toHaveLength(6);
    answers.forEach((answer, i) => {
      const result = answer.data!.updateContact;
      const stored = storedName(stack, contactIds[i]);
      if (result.__typename === 'UpdateContactSuccess') expect(stored).toBe('new');
      else expect({ stored, result }).toMatchObject({ stored: 'old', result: { retryAfterSeconds: 1 } });
    });
  });

  it('a single throttled attempt is retried to success once the bucket refills', async () => {
    // Two updates at once on a one-token bucket: one is throttled, and the SDK waits out
    // Retry-After (1 s), by when the bucket (2 tokens/s) has refilled.
    stack.emulator.faults.add({
      kind: 'throttle',
      operation: 'UpdateContact',
      ratePerSecond: 2,
      burst: 1,
      retryAfterSeconds: 1,
    });
    const answers = await Promise.all(
      ['first', 'second'].map((name) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) })),
    );
    expect(answers.map((a) => a.data?.updateContact.__typename)).toEqual([
      'UpdateContactSuccess',
      'UpdateContactSuccess',
    ]);
    expect(
      stack
        .connectCalls('UpdateContact')
        .map((c) => c.status)
        .sort(),
    ).toEqual([200, 200, 429]);
  });
});
