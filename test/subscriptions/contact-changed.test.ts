import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { type SseStream, subscribe } from './support/sse.ts';

const TASK_CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000003';

let stack: Stack;
const open: SseStream<unknown>[] = [];
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const stream of open) stream.close();
  await stack.close();
});
beforeEach(() => stack.emulator.resetCalls());

async function watch(contactId?: string) {
  const stream = await subscribe(stack.url, ContactChangedDocument, {
    instanceId: INSTANCE_ID,
    ...(contactId ? { contactId } : {}),
  });
  open.push(stream);
  return stream;
}

/** The change a stream receives next, or the errors of its next event. */
async function nextChange(stream: SseStream<unknown>) {
  const event = await stream.next();
  if (event.event !== 'next') throw new Error('the stream completed');
  expect(event.data.errors).toBeUndefined();
  return (event.data.data as { contactChanged: Record<string, unknown> }).contactChanged;
}

describe('Subscription.contactChanged over SSE', () => {
  it('answers text/event-stream and delivers each successful update: ids, operation, fields as sent, time, request id', async () => {
    const stream = await watch(ONGOING_CONTACT_ID);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const references = [{ key: 'ticket', type: 'URL' as const, value: 'https://tickets.example.com/T-7' }];
    const before = Date.now();
    const { data } = await stack.execute(UpdateContactDocument, {
      input: updateInput({ name: 'Refund approved', description: '', references }),
    });
    const success = data!.updateContact;
    expect(success.__typename).toBe('UpdateContactSuccess');
    const change = await nextChange(stream);
    expect(change).toEqual({
      source: 'GATEWAY',
      eventType: null,
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
      operation: 'updateContact',
      // The key ids name the contact; an empty string is a change (it clears the field).
      changes: [
        { field: 'name', value: 'Refund approved' },
        { field: 'description', value: '' },
        { field: 'references', value: references },
      ],
      changedAt: expect.any(String),
      requestId: success.__typename === 'UpdateContactSuccess' ? success.requestId : 'none',
      echoOf: null,
      // The change carries both fields the document selects: no read for the event.
      contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: 'Refund approved', description: '' },
    });
    // UpdateContactDocument selects `contact`, read back once by the mutation itself.
    expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
    expect(Date.parse(change.changedAt as string)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(change.changedAt as string)).toBeLessThanOrEqual(Date.now());
  });

  it('lists neither omitted nor null fields nor an empty list', async () => {
    const stream = await watch(ONGOING_CONTACT_ID);
    await stack.execute(UpdateContactDocument, {
      input: updateInput({ name: 'Only the name', description: null, references: [] }),
    });
    expect((await nextChange(stream)).changes).toEqual([{ field: 'name', value: 'Only the name' }]);
  });

  it('filters by contact: a contact subscriber sees its contact only, an instance subscriber every contact', async () => {
    const ongoing = await watch(ONGOING_CONTACT_ID);
    const task = await watch(TASK_CONTACT_ID);
    const instance = await watch();
    await stack.execute(UpdateContactDocument, {
      input: updateInput({ contactId: TASK_CONTACT_ID, name: 'Task renamed' }),
    });
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'Call renamed' }) });
    expect((await nextChange(task)).contactId).toBe(TASK_CONTACT_ID);
    expect((await nextChange(ongoing)).contactId).toBe(ONGOING_CONTACT_ID);
    expect((await nextChange(instance)).contactId).toBe(TASK_CONTACT_ID);
    expect((await nextChange(instance)).contactId).toBe(ONGOING_CONTACT_ID);
    expect(await task.during(200)).toEqual([]);
    expect(await ongoing.during(0)).toEqual([]);
  });

  it("costs no Connect read per subscriber: ten subscribers, one update, the mutation's own read and one for the event", async () => {
    const streams = await Promise.all(Array.from({ length: 10 }, () => watch(ONGOING_CONTACT_ID)));
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'Seen by ten' }) });
    for (const stream of streams) {
      const change = await nextChange(stream);
      expect(change.changes).toEqual([{ field: 'name', value: 'Seen by ten' }]);
      expect(change.contact).toMatchObject({ name: 'Seen by ten', description: expect.any(String) });
    }
    // The mutation reads `contact` back; the event's `description`, which the change does not carry, is one read for all ten.
    expect(stack.connectCalls('DescribeContact')).toHaveLength(2);
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('publishes nothing for a mutation that did not succeed', async () => {
    const stream = await watch(ONGOING_CONTACT_ID);
    const refused = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x'.repeat(513) }) });
    expect(refused.data!.updateContact.__typename).toBe('InvalidParameterError');
    const missing = await stack.execute(UpdateContactDocument, {
      input: updateInput({ contactId: 'no-such-contact', name: 'n' }),
    });
    expect(missing.data!.updateContact.__typename).toBe('ResourceNotFoundError');
    expect(await stream.during(300)).toEqual([]);
  });
});
