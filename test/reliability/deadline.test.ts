import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { expectStillServing, MASKED_MESSAGE, storedName, timed } from './support.ts';

const DEADLINE_MS = 600;

// Per-attempt timeout and attempts far beyond the deadline: only the deadline can end the call.
const stack = useStack({
  env: { GRAPHQL_DEADLINE_MS: String(DEADLINE_MS) },
  client: { maxAttempts: 3, requestTimeoutMs: 30_000 },
});
// The tests change the contacts: each starts from the seeded ones.
beforeEach(() => stack.emulator.resetStore());

async function until(check: () => boolean, timeoutMs = 5_000) {
  for (const end = performance.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 10)))
    if (performance.now() > end) throw new Error('condition not met in time');
}

const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });

describe('GRAPHQL_DEADLINE_MS bounds the whole request', () => {
  it.each([
    ['a hung Connect', { kind: 'hang' }],
    ['a Connect slower than the deadline', { kind: 'latency', latencyMs: DEADLINE_MS + 2_000 }],
  ] as const)(
    '%s is cut off at the deadline: masked CONNECT_UNAVAILABLE, no retry, nothing changes',
    async (_case, fault) => {
      stack.emulator.faults.add({ ...fault, operation: 'UpdateContact' });
      const before = storedName(stack);
      const { result, ms } = await timed(() => update('never stored'));
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: MASKED_MESSAGE,
        extensions: { code: 'CONNECT_UNAVAILABLE' },
      });
      expect(ms).toBeLessThan(DEADLINE_MS + 2_000);
      // The abort is not a transient error: the SDK does not try again after the deadline.
      expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
      // The emulator saw its client go away before answering, so it applied nothing.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(storedName(stack)).toBe(before);
      await expectStillServing(stack);
    },
  );

  it('a client that goes away aborts the Connect call it started: nothing changes', async () => {
    // Well within the deadline: only the client's leaving can end the call early.
    stack.emulator.faults.add({ kind: 'latency', latencyMs: 400, operation: 'UpdateContact' });
    const before = storedName(stack);
    const client = new AbortController();
    const request = stack
      .post(
        { query: print(UpdateContactDocument), variables: { input: updateInput({ name: 'left behind' }) } },
        {},
        client.signal,
      )
      .catch((error: unknown) => error);
    await until(() => stack.connectCalls('UpdateContact').length === 1);
    client.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    // Past the latency: a call still running would have been applied by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(storedName(stack)).toBe(before);
    await expectStillServing(stack);
  });

  it('latency within the deadline succeeds', async () => {
    stack.emulator.faults.add({ kind: 'latency', latencyMs: DEADLINE_MS - 400, operation: 'UpdateContact' });
    const { data } = await update('in time');
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(storedName(stack)).toBe('in time');
  });
});

describe('a subscription stream outlives GRAPHQL_DEADLINE_MS', () => {
  // lastUpdateTimestamp is carried by no change: each event's contact is read from Connect (with a
  // deadline of its own: src/schema/contact/contact-after-change.ts).
  const changedWithRead: TypedDocumentNode<
    { contactChanged: { contact: { name: string; lastUpdateTimestamp: string | null } | null } },
    { instanceId: string; contactId: string }
  > = parse(`subscription($instanceId: ID!, $contactId: ID) {
    contactChanged(instanceId: $instanceId, contactId: $contactId) { contact { name lastUpdateTimestamp } }
  }`);
  it("reads its events' contact after the deadline of the request that opened it has passed", async () => {
    // The request that opened the stream keeps its deadline timer until it closes: its abort must end nothing.
    const stream = await subscribe(stack.url, changedWithRead, {
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS + 300));
      expect((await update('after the deadline')).data?.updateContact.__typename).toBe('UpdateContactSuccess');
      const event = await stream.next(5_000);
      expect(event.event === 'next' && event.data.errors).toBeFalsy();
      expect(event).toMatchObject({ data: { data: { contactChanged: { contact: { name: 'after the deadline' } } } } });
    } finally {
      stream.close();
    }
  });
});
