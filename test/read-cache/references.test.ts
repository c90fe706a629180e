import type { Reference } from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactReferenceRecord } from '../../src/connect/contact-references.ts';
import { MAX_ENTRY_BYTES } from '../../src/connect/read-cache/contact-read-cache.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { type Stack, useStack } from '../support/stack.ts';
import { heldAnswer, metric, readReferences, rename, setAttribute } from './support.ts';

// Contact.references (ListContactReferences) through the read cache: one entry per contact and set
// of types, dropped with the contact by every change made through the gateway and every event.

const ongoing = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
const HITS = 'connect_read_cache_hits_total{operation="ListContactReferences"}';
const MISSES = 'connect_read_cache_misses_total{operation="ListContactReferences"}';
const JOINED = 'connect_read_cache_joined_total{operation="ListContactReferences"}';

/** Sets the contact's references in Connect itself (the emulator), as a change outside the gateway. */
function setInConnect(stack: Stack, references: Record<string, Reference>) {
  const stored = stack.emulator.store.getContact(INSTANCE_ID, ONGOING_CONTACT_ID);
  if (!stored) throw new Error('no seeded ongoing contact');
  stored.references = references;
}

const note = (value: string) => ({ name: 'note', type: 'STRING', value });
/** A listing as Connect's answer reaches the cache. */
const listed = (value: string): ContactReferenceRecord[] => [{ name: 'note', type: 'STRING', value }];

describe('without CONNECT_READ_CACHE_SECONDS (the default)', () => {
  const stack = useStack();

  it('lists the references from Connect in every request', async () => {
    setInConnect(stack, { note: { Type: 'STRING', Value: 'one' } });
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('one')]);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('one')]);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(2);
    expect(await metric(stack, HITS)).toBe(0);
  });
});

describe('with CONNECT_READ_CACHE_SECONDS=30, in memory', () => {
  const stack = useStack({ env: { CONNECT_READ_CACHE_SECONDS: '30' } });
  const lists = () => stack.connectCalls('ListContactReferences');
  // Each test starts from the seeded contact with one reference in Connect and nothing cached.
  beforeEach(async () => {
    stack.emulator.resetStore();
    setInConnect(stack, {
      note: { Type: 'STRING', Value: 'before' },
      link: { Type: 'URL', Value: 'https://example.com/before' },
    });
    await stack.readCache.invalidate(ongoing);
    stack.emulator.resetCalls();
  });

  it('answers a second request within the window without ListContactReferences', async () => {
    const hits = await metric(stack, HITS);
    const misses = await metric(stack, MISSES);
    const first = await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    const second = await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    expect(first).toEqual([note('before')]);
    expect(second).toEqual(first);
    expect(lists()).toHaveLength(1);
    expect(await metric(stack, HITS)).toBe(hits + 1);
    expect(await metric(stack, MISSES)).toBe(misses + 1);
  });

  it('keeps every type (types: null) as one entry, read in two calls once', async () => {
    const first = await readReferences(stack, ONGOING_CONTACT_ID, null);
    expect(lists()).toHaveLength(2);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, null)).toEqual(first);
    expect(lists()).toHaveLength(2);
  });

  it('shares one entry between the same types in another order or repeated', async () => {
    const first = await readReferences(stack, ONGOING_CONTACT_ID, ['URL', 'STRING']);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING', 'URL', 'STRING'])).toEqual(first);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['URL', 'URL', 'STRING'])).toEqual(first);
    expect(lists()).toHaveLength(1);
  });

  it('keeps a different set of types as its own entry', async () => {
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('before')]);
    expect((await readReferences(stack, ONGOING_CONTACT_ID, ['URL'])).map((r) => r.name)).toEqual(['link']);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['URL', 'STRING'])).toHaveLength(2);
    expect(lists()).toHaveLength(3);
    // Each is kept: none is read again.
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    await readReferences(stack, ONGOING_CONTACT_ID, ['URL']);
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING', 'URL']);
    expect(lists()).toHaveLength(3);
  });

  it('shows a reference written by updateContact at the next read, with one ListContactReferences', async () => {
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    const response = await stack.post({
      query:
        'mutation U($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on Error { message } } }',
      variables: { input: { ...ongoing, references: [{ key: 'note', type: 'STRING', value: 'written' }] } },
    });
    expect(((await response.json()) as { data: { updateContact: { __typename: string } } }).data).toEqual({
      updateContact: { __typename: 'UpdateContactSuccess' },
    });
    stack.emulator.resetCalls();
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('written')]);
    expect(lists()).toHaveLength(1);
    // And that read is cached in turn.
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('written')]);
    expect(lists()).toHaveLength(1);
  });

  it('shows the new reference in the payload of the mutation that wrote it, though it was cached', async () => {
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    const response = await stack.post({
      query: `mutation U($input: UpdateContactInput!) { updateContact(input: $input) {
        __typename ... on UpdateContactSuccess { contact { references(types: [STRING]) { name type value } } } } }`,
      variables: { input: { ...ongoing, references: [{ key: 'note', type: 'STRING', value: 'in the payload' }] } },
    });
    const body = (await response.json()) as {
      data?: { updateContact: { contact?: { references: unknown[] } } };
    };
    expect(body.data?.updateContact.contact?.references).toEqual([note('in the payload')]);
  });

  it('drops every listing of a contact changed through the gateway without reading it (a rename)', async () => {
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    await readReferences(stack, ONGOING_CONTACT_ID, ['URL']);
    setInConnect(stack, { note: { Type: 'STRING', Value: 'after' }, link: { Type: 'URL', Value: 'https://x.test' } });
    await rename(stack, ONGOING_CONTACT_ID, 'Renamed through the gateway');
    stack.emulator.resetCalls();
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('after')]);
    expect((await readReferences(stack, ONGOING_CONTACT_ID, ['URL']))[0]?.value).toBe('https://x.test');
    expect(lists()).toHaveLength(2);
  });

  it("drops the contact's listings when the attributes of its chain change through it", async () => {
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    setInConnect(stack, { note: { Type: 'STRING', Value: 'after' } });
    await setAttribute(stack, ONGOING_CONTACT_ID, 'cacheTest', 'changed');
    stack.emulator.resetCalls();
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('after')]);
    expect(lists()).toHaveLength(1);
  });

  it('keeps a change made outside the gateway unseen until invalidate (a Connect event) drops the listing', async () => {
    await readReferences(stack, ONGOING_CONTACT_ID, ['STRING']);
    setInConnect(stack, { note: { Type: 'STRING', Value: 'changed in Connect' } });
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('before')]);
    expect(lists()).toHaveLength(1);
    await stack.readCache.invalidate(ongoing);
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('changed in Connect')]);
    expect(lists()).toHaveLength(2);
  });

  it('answers requests that miss the same listing at once with one ListContactReferences', async () => {
    const joined = await metric(stack, JOINED);
    stack.emulator.faults.add({ kind: 'latency', latencyMs: 1_000, operation: 'ListContactReferences' });
    const reads = await Promise.all(
      [['STRING'], ['STRING'], ['STRING', 'STRING']].map((types) => readReferences(stack, ONGOING_CONTACT_ID, types)),
    );
    expect(reads).toEqual([[note('before')], [note('before')], [note('before')]]);
    expect(lists()).toHaveLength(1);
    expect(await metric(stack, JOINED)).toBe(joined + 2);
  });

  it('does not store a listing read before a change that came in while it was read', async () => {
    const old = heldAnswer(listed('before the change'));
    const reading = stack.readCache.readReferences(ongoing, ['STRING'], old.call);
    await old.begun;
    setInConnect(stack, { note: { Type: 'STRING', Value: 'after the change' } });
    await rename(stack, ONGOING_CONTACT_ID, 'Renamed while read');
    old.release();
    expect(await reading).toEqual([note('before the change')]);
    stack.emulator.resetCalls();
    expect(await readReferences(stack, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('after the change')]);
    expect(lists()).toHaveLength(1);
  });

  it('does not let a listing read that began after a change wait for one that began before it', async () => {
    const old = heldAnswer(listed('before the change'));
    const before = stack.readCache.readReferences(ongoing, ['STRING'], old.call);
    await old.begun;
    await stack.readCache.forgetContact(ongoing);
    const fresh = heldAnswer(listed('after the change'));
    fresh.release();
    expect(await stack.readCache.readReferences(ongoing, ['STRING'], fresh.call)).toEqual([note('after the change')]);
    expect(fresh.calls()).toBe(1);
    old.release();
    await before;
  });

  it(`keeps a listing of ${MAX_ENTRY_BYTES} UTF-8 bytes, not one of a byte more (same length, one 2-byte character)`, async () => {
    const overhead = JSON.stringify(listed('')).length;
    const atLimit = 'x'.repeat(MAX_ENTRY_BYTES - overhead);
    const overLimit = `é${atLimit.slice(1)}`;
    for (const [value, kept] of [
      [atLimit, true],
      [overLimit, false],
    ] as const) {
      await stack.readCache.invalidate(ongoing);
      let calls = 0;
      const list = async () => {
        calls++;
        return listed(value);
      };
      expect(await stack.readCache.readReferences(ongoing, ['STRING'], list)).toEqual(listed(value));
      expect(await stack.readCache.readReferences(ongoing, ['STRING'], list)).toEqual(listed(value));
      expect(calls).toBe(kept ? 1 : 2);
    }
  });
});
