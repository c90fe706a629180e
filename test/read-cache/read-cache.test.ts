import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { CHAIN_INITIAL, CHAIN_TRANSFERRED, heldRead, metric, readContacts, rename, setAttribute } from './support.ts';

describe('without CONNECT_READ_CACHE_SECONDS (the default)', () => {
  const stack = useStack();

  it('reads Connect in every request', async () => {
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(2);
    expect(await metric(stack, 'connect_read_cache_hits_total{operation="DescribeContact"}')).toBe(0);
  });
});

describe('with CONNECT_READ_CACHE_SECONDS=1, in memory', () => {
  const stack = useStack({ env: { CONNECT_READ_CACHE_SECONDS: '1' } });
  const describes = () => stack.connectCalls('DescribeContact');
  // The tests change the contacts and the cache: each starts from the seeded ones, with none cached.
  beforeEach(async () => {
    stack.emulator.resetStore();
    for (const contactId of [ONGOING_CONTACT_ID, CHAIN_INITIAL, CHAIN_TRANSFERRED])
      await stack.readCache.invalidate({ instanceId: INSTANCE_ID, contactId });
  });

  it('answers a second request within the window without DescribeContact', async () => {
    const hits = await metric(stack, 'connect_read_cache_hits_total{operation="DescribeContact"}');
    const [first] = await readContacts(stack, [ONGOING_CONTACT_ID]);
    const [second] = await readContacts(stack, [ONGOING_CONTACT_ID]);
    expect(second).toEqual(first);
    expect(describes()).toHaveLength(1);
    expect(await metric(stack, 'connect_read_cache_hits_total{operation="DescribeContact"}')).toBe(hits + 1);
    expect(await metric(stack, 'connect_read_cache_bytes')).toBeGreaterThan(0);
  });

  it('reads Connect again once the entry expired', async () => {
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    expect(describes()).toHaveLength(2);
  });

  it('shows a change made through the gateway at the next read, with one DescribeContact', async () => {
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    await rename(stack, ONGOING_CONTACT_ID, 'Renamed through the gateway');
    stack.emulator.resetCalls();
    const [after] = await readContacts(stack, [ONGOING_CONTACT_ID]);
    expect(after?.name).toBe('Renamed through the gateway');
    expect(describes()).toHaveLength(1);
    // And that read is cached in turn.
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    expect(describes()).toHaveLength(1);
  });

  it('shows the change in the payload of the mutation that made it (same request)', async () => {
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'In the payload' }) });
    const result = data?.updateContact;
    expect(result?.__typename === 'UpdateContactSuccess' && result.contact?.name).toBe('In the payload');
  });

  it('keeps a change made outside the gateway unseen until the entry expires or is invalidated', async () => {
    await readContacts(stack, [ONGOING_CONTACT_ID]);
    stack.emulator.store.updateContact(INSTANCE_ID, ONGOING_CONTACT_ID, { Name: 'Changed in Connect' });
    expect((await readContacts(stack, [ONGOING_CONTACT_ID]))[0]?.name).toBe('Billing question');
    await stack.readCache.invalidate({ instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID });
    expect((await readContacts(stack, [ONGOING_CONTACT_ID]))[0]?.name).toBe('Changed in Connect');
  });

  it("drops a chain's stored segments when invalidate names its first contact (a Connect event)", async () => {
    await readContacts(stack, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    stack.emulator.store.attributes.merge(INSTANCE_ID, CHAIN_INITIAL, { cacheTest: 'set by a flow' });
    await stack.readCache.invalidate({ instanceId: INSTANCE_ID, contactId: CHAIN_INITIAL });
    stack.emulator.resetCalls();
    const after = await readContacts(stack, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    for (const contact of after)
      expect(contact.attributes).toContainEqual({ key: 'cacheTest', value: 'set by a flow' });
    expect(describes()).toHaveLength(2);
    expect(await metric(stack, 'connect_read_cache_invalidations_total{scope="event"}')).toBeGreaterThan(0);
  });

  it.each([
    ['the first contact', CHAIN_INITIAL],
    ['a later segment', CHAIN_TRANSFERRED],
  ])('drops every segment of the chain when its attributes change (named by %s)', async (_named, named) => {
    const invalidations = await metric(stack, 'connect_read_cache_invalidations_total{scope="chain"}');
    await readContacts(stack, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    await readContacts(stack, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    expect(describes()).toHaveLength(2);
    await setAttribute(stack, named, 'cacheTest', 'after');
    stack.emulator.resetCalls();
    const after = await readContacts(stack, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    for (const contact of after) expect(contact.attributes).toContainEqual({ key: 'cacheTest', value: 'after' });
    expect(describes().map((c) => c.contactId)).toEqual(expect.arrayContaining([CHAIN_INITIAL, CHAIN_TRANSFERRED]));
    expect(describes()).toHaveLength(2);
    expect(await metric(stack, 'connect_read_cache_invalidations_total{scope="chain"}')).toBe(invalidations + 1);
  });

  it('drops a cached segment when the attributes change through its first contact, not cached itself', async () => {
    await readContacts(stack, [CHAIN_TRANSFERRED]);
    await setAttribute(stack, CHAIN_INITIAL, 'cacheTest', 'through the first');
    stack.emulator.resetCalls();
    const [after] = await readContacts(stack, [CHAIN_TRANSFERRED]);
    expect(after?.attributes).toContainEqual({ key: 'cacheTest', value: 'through the first' });
    expect(describes()).toHaveLength(1);
  });

  it("drops the instance's entries when the attributes change through a contact of unknown chain", async () => {
    // Only the first contact is cached; the change names the later segment, which nothing cached
    // names: its chain is not guessed, every entry of the instance is dropped.
    await readContacts(stack, [CHAIN_INITIAL, ONGOING_CONTACT_ID]);
    await setAttribute(stack, CHAIN_TRANSFERRED, 'cacheTest', 'through a segment');
    stack.emulator.resetCalls();
    const [initial] = await readContacts(stack, [CHAIN_INITIAL, ONGOING_CONTACT_ID]);
    expect(initial?.attributes).toContainEqual({ key: 'cacheTest', value: 'through a segment' });
    expect(describes()).toHaveLength(2);
  });

  it('answers requests that miss the same contact at once with one DescribeContact', async () => {
    stack.emulator.faults.add({ kind: 'latency', latencyMs: 200, operation: 'DescribeContact' });
    const reads = await Promise.all([1, 2, 3].map(() => readContacts(stack, [ONGOING_CONTACT_ID])));
    expect(reads.map(([contact]) => contact?.name)).toEqual([
      'Billing question',
      'Billing question',
      'Billing question',
    ]);
    expect(describes()).toHaveLength(1);
  });

  it('does not let a read that began after a change wait for one that began before it', async () => {
    const key = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
    const old = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'Before the change' });
    const before = stack.readCache.read([key], old.describe);
    await old.begun;
    await stack.readCache.forgetContact(key);
    const fresh = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'After the change' });
    fresh.release();
    expect(await stack.readCache.read([key], fresh.describe)).toEqual([
      { Id: ONGOING_CONTACT_ID, Name: 'After the change' },
    ]);
    expect(fresh.calls()).toBe(1);
    old.release();
    await before;
  });

  it('does not store an answer read before a change that came in while it was read', async () => {
    const key = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
    const old = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'Before the change' });
    const reading = stack.readCache.read([key], old.describe);
    await old.begun;
    await rename(stack, ONGOING_CONTACT_ID, 'After the change');
    old.release();
    await reading;
    stack.emulator.resetCalls();
    expect((await readContacts(stack, [ONGOING_CONTACT_ID]))[0]?.name).toBe('After the change');
    expect(describes()).toHaveLength(1);
  });
});

describe('CONNECT_READ_CACHE_SECONDS checks', () => {
  it.each(['0', '301', 'soon', '1.5'])('refuses %s at start-up, naming the variable in one line', async (value) => {
    const { loadConfig } = await import('../../src/config.ts');
    expect(() => loadConfig({ CONNECT_READ_CACHE_SECONDS: value })).toThrow(
      /^invalid configuration: CONNECT_READ_CACHE_SECONDS [^\n]*$/,
    );
  });

  it.each(['1', '300'])('takes %s seconds', async (value) => {
    const { loadConfig } = await import('../../src/config.ts');
    expect(loadConfig({ CONNECT_READ_CACHE_SECONDS: value }).readCacheSeconds).toBe(Number(value));
  });
});
