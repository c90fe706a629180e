import type { Reference } from '@aws-sdk/client-connect';
import { type Emulator, startEmulator } from '@connect-gateway/connect-emulator';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactReferenceRecord } from '../../src/connect/contact-references.ts';
import { type SseEvent, type SseStream, subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { type Stack, startStack } from '../support/stack.ts';
import {
  CHAIN_INITIAL,
  CHAIN_TRANSFERRED,
  heldAnswer,
  heldRead,
  metric,
  readContacts,
  readReferences,
  rename,
  setAttribute,
} from './support.ts';

// Two replicas in this process (two gateways with their own Redis connections and caches' code)
// against one emulator and one real redis-server, CONNECT_READ_CACHE_SECONDS=30 shared in Redis.
let redisServer: RedisServer;
let emulator: Emulator;
let redis: Redis;
let a: Stack;
let b: Stack;

const describes = () => emulator.calls.filter((call) => call.operation === 'DescribeContact');
const ongoing = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  for (const until = performance.now() + timeoutMs; !(await check()); await new Promise((r) => setTimeout(r, 50)))
    if (performance.now() > until) throw new Error('condition not met in time');
}

/** Until Redis answers the replica's readiness check again. */
const redisReady = (stack: Stack) =>
  eventually(async () => {
    const ready = (await (await fetch(stack.url.replace('/graphql', '/ready'))).json()) as {
      checks: { redis: string };
    };
    return ready.checks.redis === 'ok';
  });

/**
 * B hears A's changes once its Redis subscription is confirmed: `change` is made (on A) until B's
 * stream has an event, at most 21 times.
 */
async function firstEvent<T>(
  stream: SseStream<T>,
  change: (attempt: number) => Promise<void>,
): Promise<Extract<SseEvent<T>, { event: 'next' }>> {
  for (let attempt = 0; ; attempt++) {
    await change(attempt);
    const event = await stream.next(500).catch(() => undefined);
    if (event === undefined && attempt < 20) continue;
    if (event?.event !== 'next') throw new Error('no change event');
    return event;
  }
}

interface Changed {
  contactChanged: {
    changes: { field: string; value: unknown }[];
    contact: { tags: { key: string; value: string }[] } | null;
  };
}

const entryKeys = () => redis.keys('connect-contact-gateway:read-cache:e:*');

beforeAll(async () => {
  redisServer = await startRedisServer();
  emulator = await startEmulator({ port: 0 });
  const env = { REDIS_URL: redisServer.url, CONNECT_READ_CACHE_SECONDS: '30' };
  [a, b] = await Promise.all([startStack({ env, emulator }), startStack({ env, emulator })]);
  redis = new Redis(redisServer.url);
  for (const stack of [a, b])
    await eventually(async () => {
      const ready = (await (await fetch(stack.url.replace('/graphql', '/ready'))).json()) as {
        checks: { redis: string };
      };
      return ready.checks.redis === 'ok';
    });
}, 30_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  redis?.disconnect();
  await emulator?.close();
  await redisServer?.stop();
});

beforeEach(async () => {
  await redis.flushall();
  emulator.resetStore();
  emulator.resetCalls();
});

describe('the read cache shared by two replicas through Redis', () => {
  it("reports the bytes Redis holds for every replica on each replica's connect_read_cache_bytes", async () => {
    expect(await metric(a, 'connect_read_cache_bytes')).toBe(0);
    await readContacts(b, [ONGOING_CONTACT_ID]);
    const held = Number(await redis.get('connect-contact-gateway:read-cache:t'));
    expect(held).toBeGreaterThan(0);
    // Read on B, reported on A: the count is Redis's, not the process's.
    expect(await metric(a, 'connect_read_cache_bytes')).toBe(held);
  });

  it('answers a read on one replica with what the other read', async () => {
    const [onB] = await readContacts(b, [ONGOING_CONTACT_ID]);
    const [onA] = await readContacts(a, [ONGOING_CONTACT_ID]);
    expect(onA).toEqual(onB);
    expect(describes()).toHaveLength(1);
    expect(await entryKeys()).toHaveLength(1);
  });

  it('shows a change made on replica A at the next read on replica B, with exactly one DescribeContact', async () => {
    await readContacts(b, [ONGOING_CONTACT_ID]);
    await rename(a, ONGOING_CONTACT_ID, 'Renamed on A');
    emulator.resetCalls();
    const [onB] = await readContacts(b, [ONGOING_CONTACT_ID]);
    expect(onB?.name).toBe('Renamed on A');
    expect(describes()).toHaveLength(1);
    // The new value is shared in turn.
    expect((await readContacts(a, [ONGOING_CONTACT_ID]))[0]?.name).toBe('Renamed on A');
    expect(describes()).toHaveLength(1);
  });

  it('drops every segment of a chain cached by B when A changes its attributes', async () => {
    await readContacts(b, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    await setAttribute(a, CHAIN_INITIAL, 'replicaTest', 'from A');
    emulator.resetCalls();
    const after = await readContacts(b, [CHAIN_INITIAL, CHAIN_TRANSFERRED]);
    for (const contact of after) expect(contact.attributes).toContainEqual({ key: 'replicaTest', value: 'from A' });
    expect(describes()).toHaveLength(2);
  });

  it("drops the instance's entries when A changes attributes through a contact of unknown chain", async () => {
    await readContacts(b, [CHAIN_INITIAL, ONGOING_CONTACT_ID]);
    await setAttribute(a, CHAIN_TRANSFERRED, 'replicaTest', 'through a segment');
    emulator.resetCalls();
    const [initial] = await readContacts(b, [CHAIN_INITIAL, ONGOING_CONTACT_ID]);
    expect(initial?.attributes).toContainEqual({ key: 'replicaTest', value: 'through a segment' });
    expect(describes()).toHaveLength(2);
  });

  it.each([
    ['not JSON', (header: string) => `${header}\n{"Id":`],
    ['another contact', (header: string) => `${header}\n{"Id":"someone-else","Name":"Not this one"}`],
    ['a wrong type', (header: string) => `${header}\n{"Id":"${ONGOING_CONTACT_ID}","Name":{"$date":1}}`],
    [
      'too deep',
      (header: string) => `${header}\n{"Id":"${ONGOING_CONTACT_ID}","x":${'['.repeat(40)}${']'.repeat(40)}}`,
    ],
    ['too large', (header: string) => `${header}\n{"Id":"${ONGOING_CONTACT_ID}","Name":"${'x'.repeat(256 * 1024)}"}`],
  ])('treats a stored value that is %s as a miss', async (_kind, poison) => {
    await readContacts(b, [ONGOING_CONTACT_ID]);
    const [key] = await entryKeys();
    const stored = (await redis.get(key ?? '')) ?? '';
    await redis.set(key ?? '', poison(stored.slice(0, stored.indexOf('\n'))));
    const rejected =
      (await metric(a, 'connect_read_cache_rejected_total{reason="malformed"}')) +
      (await metric(a, 'connect_read_cache_rejected_total{reason="too_large"}'));
    emulator.resetCalls();
    const [onA] = await readContacts(a, [ONGOING_CONTACT_ID]);
    expect(onA?.name).toBe('Billing question');
    expect(describes()).toHaveLength(1);
    expect(
      (await metric(a, 'connect_read_cache_rejected_total{reason="malformed"}')) +
        (await metric(a, 'connect_read_cache_rejected_total{reason="too_large"}')),
    ).toBe(rejected + 1);
  });

  it('reads Connect, and stores nothing, while Redis is away', async () => {
    await redisServer.stop();
    try {
      await readContacts(a, [ONGOING_CONTACT_ID]);
      await readContacts(a, [ONGOING_CONTACT_ID]);
      expect(describes()).toHaveLength(2);
      expect(await metric(a, 'connect_read_cache_errors_total{operation="get"}')).toBeGreaterThan(0);
    } finally {
      await redisServer.start();
      await redisReady(a);
      await redisReady(b);
      redis.disconnect();
      redis = new Redis(redisServer.url);
    }
  });
});

describe('change events with the read cache', () => {
  it('show the contact after the change on the other replica, not the cached one', async () => {
    await readContacts(b, [ONGOING_CONTACT_ID]);
    const document =
      parse(`subscription { contactChanged(instanceId: "${INSTANCE_ID}", contactId: "${ONGOING_CONTACT_ID}") {
      changes { field value } contact { instanceId id tags { key value } } } }`) as TypedDocumentNode<Changed, object>;
    const stream = await subscribe(b.url, document, {});
    try {
      const event = await firstEvent(stream, async (attempt) => {
        const tagged = await a.post({
          query: 'mutation T($input: TagContactInput!) { tagContact(input: $input) { __typename } }',
          variables: {
            input: {
              instanceId: INSTANCE_ID,
              contactId: ONGOING_CONTACT_ID,
              tags: [{ key: 'cacheEvent', value: String(attempt) }],
            },
          },
        });
        expect(
          ((await tagged.json()) as { data: { tagContact: { __typename: string } } }).data.tagContact.__typename,
        ).toBe('TagContactSuccess');
      });
      const change = event.data.data?.contactChanged;
      const sent = change?.changes.find((c) => c.field === 'tags')?.value as { key: string; value: string }[];
      expect(change?.contact?.tags).toContainEqual(sent[0]);
    } finally {
      stream.close();
    }
  });
});

describe('change events with the read cache: references', () => {
  interface ReferencesChanged {
    contactChanged: {
      changes: { field: string; value: unknown }[];
      contact: { references: { name: string; value: string | null }[] } | null;
    };
  }

  it("show the references after A's change on B, not B's cached listing, and store that listing for A", async () => {
    const lists = () => emulator.calls.filter((call) => call.operation === 'ListContactReferences');
    const stored = emulator.store.getContact(INSTANCE_ID, ONGOING_CONTACT_ID);
    if (!stored) throw new Error('no seeded ongoing contact');
    stored.references = { note: { Type: 'STRING', Value: 'before' } };
    expect(await readReferences(b, ONGOING_CONTACT_ID, ['STRING'])).toEqual([
      { name: 'note', type: 'STRING', value: 'before' },
    ]);
    const document =
      parse(`subscription { contactChanged(instanceId: "${INSTANCE_ID}", contactId: "${ONGOING_CONTACT_ID}") {
      changes { field value } contact { instanceId id references(types: [STRING]) { name value } } } }`) as TypedDocumentNode<
        ReferencesChanged,
        object
      >;
    const stream = await subscribe(b.url, document, {});
    let written = '';
    try {
      const event = await firstEvent(stream, async (attempt) => {
        written = `after ${attempt}`;
        const updated = await a.post({
          query: 'mutation U($input: UpdateContactInput!) { updateContact(input: $input) { __typename } }',
          variables: { input: { ...ongoing, references: [{ key: 'note', type: 'STRING', value: written }] } },
        });
        expect(
          ((await updated.json()) as { data: { updateContact: { __typename: string } } }).data.updateContact.__typename,
        ).toBe('UpdateContactSuccess');
      });
      expect(event.data.data?.contactChanged.contact?.references).toEqual([{ name: 'note', value: written }]);
    } finally {
      stream.close();
    }
    // B's event read the listing through the shared cache: A's read is answered from it.
    emulator.resetCalls();
    expect(await readReferences(a, ONGOING_CONTACT_ID, ['STRING'])).toEqual([
      { name: 'note', type: 'STRING', value: written },
    ]);
    expect(lists()).toHaveLength(0);
  });
});

describe('a read racing a change on another replica', () => {
  it('does not store the answer it read before the change (contact)', async () => {
    const old = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'Before the change' });
    const reading = b.readCache.read([ongoing], old.describe);
    await old.begun;
    await a.readCache.forgetContact(ongoing);
    old.release();
    expect(await reading).toEqual([{ Id: ONGOING_CONTACT_ID, Name: 'Before the change' }]);
    // The next read, on either replica, is a miss.
    const fresh = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'After the change' });
    fresh.release();
    expect(await a.readCache.read([ongoing], fresh.describe)).toEqual([
      { Id: ONGOING_CONTACT_ID, Name: 'After the change' },
    ]);
    expect(fresh.calls()).toBe(1);
    // Whose answer was stored, and now hits.
    const third = heldRead({ Id: ONGOING_CONTACT_ID, Name: 'unused' });
    expect(await b.readCache.read([ongoing], third.describe)).toEqual([
      { Id: ONGOING_CONTACT_ID, Name: 'After the change' },
    ]);
    expect(third.calls()).toBe(0);
  });

  it("does not store a segment it read before a change of its chain's attributes", async () => {
    const segment = { instanceId: INSTANCE_ID, contactId: CHAIN_TRANSFERRED };
    const old = heldRead({ Id: CHAIN_TRANSFERRED, InitialContactId: CHAIN_INITIAL, Attributes: { a: 'old' } });
    const reading = b.readCache.read([segment], old.describe);
    await old.begun;
    // The chain is known (as when the request read the contact), so only the in-flight guard protects.
    await a.readCache.forgetChain({ instanceId: INSTANCE_ID, contactId: CHAIN_INITIAL }, CHAIN_INITIAL);
    old.release();
    await reading;
    const fresh = heldRead({ Id: CHAIN_TRANSFERRED, InitialContactId: CHAIN_INITIAL, Attributes: { a: 'new' } });
    fresh.release();
    await a.readCache.read([segment], fresh.describe);
    expect(fresh.calls()).toBe(1);
  });
});

describe('reference listings shared by two replicas through Redis', () => {
  const lists = () => emulator.calls.filter((call) => call.operation === 'ListContactReferences');
  const listingKeys = () => redis.keys('connect-contact-gateway:read-cache:e:*:references*');
  const note = (value: string) => ({ name: 'note', type: 'STRING', value });
  const rejected = async (stack: Stack) =>
    (await metric(stack, 'connect_read_cache_rejected_total{reason="malformed"}')) +
    (await metric(stack, 'connect_read_cache_rejected_total{reason="too_large"}'));

  /** Sets the contact's references in Connect itself (the emulator). */
  function setInConnect(references: Record<string, Reference>) {
    const stored = emulator.store.getContact(INSTANCE_ID, ONGOING_CONTACT_ID);
    if (!stored) throw new Error('no seeded ongoing contact');
    stored.references = references;
  }

  beforeEach(() => {
    setInConnect({ note: { Type: 'STRING', Value: 'before' } });
  });

  it('answers a listing on one replica with what the other read, one entry per set of types', async () => {
    const onB = await readReferences(b, ONGOING_CONTACT_ID, ['STRING', 'URL']);
    const onA = await readReferences(a, ONGOING_CONTACT_ID, ['URL', 'STRING', 'URL']);
    expect(onB).toEqual([note('before')]);
    expect(onA).toEqual(onB);
    expect(lists()).toHaveLength(1);
    expect(await listingKeys()).toHaveLength(1);
    expect(await metric(a, 'connect_read_cache_hits_total{operation="ListContactReferences"}')).toBeGreaterThan(0);
  });

  it.each([
    [
      'updateContact on A writing references',
      async () => {
        const response = await a.post({
          query: 'mutation U($input: UpdateContactInput!) { updateContact(input: $input) { __typename } }',
          variables: { input: { ...ongoing, references: [{ key: 'note', type: 'STRING', value: 'after' }] } },
        });
        expect(((await response.json()) as { data: { updateContact: { __typename: string } } }).data).toEqual({
          updateContact: { __typename: 'UpdateContactSuccess' },
        });
      },
    ],
    [
      'a rename on A',
      async () => {
        setInConnect({ note: { Type: 'STRING', Value: 'after' } });
        await rename(a, ONGOING_CONTACT_ID, 'Renamed on A');
      },
    ],
    [
      "an attributes change on A through the contact's chain",
      async () => {
        setInConnect({ note: { Type: 'STRING', Value: 'after' } });
        await setAttribute(a, ONGOING_CONTACT_ID, 'replicaTest', 'from A');
      },
    ],
    [
      'an event from Connect handled on A',
      async () => {
        setInConnect({ note: { Type: 'STRING', Value: 'after' } });
        await a.readCache.invalidate(ongoing);
      },
    ],
  ])("drops B's listings on %s, seen at B's next read with one ListContactReferences", async (_change, change) => {
    await readReferences(b, ONGOING_CONTACT_ID, ['STRING']);
    await readReferences(b, ONGOING_CONTACT_ID, ['URL']);
    expect(await listingKeys()).toHaveLength(2);
    await change();
    expect(await listingKeys()).toHaveLength(0);
    expect(await redis.keys('connect-contact-gateway:read-cache:l:*')).toHaveLength(0);
    emulator.resetCalls();
    expect(await readReferences(b, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('after')]);
    expect(lists()).toHaveLength(1);
    // The new listing is shared in turn.
    expect(await readReferences(a, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('after')]);
    expect(lists()).toHaveLength(1);
  });

  it.each([
    ['not JSON', () => '[{"name":'],
    ['not a list', () => '{"name":"note","type":"STRING","value":"poisoned"}'],
    ['of an unknown reference type', () => '[{"name":"note","type":"NOT_A_TYPE","value":"poisoned"}]'],
    ['with a member a reference has not', () => '[{"name":"note","type":"STRING","value":"poisoned","x":1}]'],
    ['with a name of the wrong type', () => '[{"name":{"$date":1},"type":"STRING"}]'],
    ['too deep', () => `[{"name":"note","type":"STRING","value":${'['.repeat(40)}${']'.repeat(40)}}]`],
    ['too large', () => `[{"name":"note","type":"STRING","value":"${'x'.repeat(256 * 1024)}"}]`],
  ])('treats a stored listing that is %s as a miss', async (_kind, poison) => {
    await readReferences(b, ONGOING_CONTACT_ID, ['STRING']);
    const [key] = await listingKeys();
    const stored = (await redis.get(key ?? '')) ?? '';
    // The stored value's header (the instance's flush generation) is kept: only the listing is poisoned.
    await redis.set(key ?? '', `${stored.slice(0, stored.indexOf('\n'))}\n${poison()}`, 'KEEPTTL');
    const before = await rejected(a);
    emulator.resetCalls();
    expect(await readReferences(a, ONGOING_CONTACT_ID, ['STRING'])).toEqual([note('before')]);
    expect(lists()).toHaveLength(1);
    expect(await rejected(a)).toBe(before + 1);
  });

  it('does not store a listing read before a change on another replica', async () => {
    const listed = (value: string): ContactReferenceRecord[] => [{ name: 'note', type: 'STRING', value }];
    const old = heldAnswer(listed('before the change'));
    const reading = b.readCache.readReferences(ongoing, ['STRING'], old.call);
    await old.begun;
    await a.readCache.forgetContact(ongoing);
    old.release();
    expect(await reading).toEqual(listed('before the change'));
    expect(await listingKeys()).toHaveLength(0);
    // The next read, on either replica, is a miss, whose answer is stored and then hits.
    const fresh = heldAnswer(listed('after the change'));
    fresh.release();
    expect(await a.readCache.readReferences(ongoing, ['STRING'], fresh.call)).toEqual(listed('after the change'));
    expect(fresh.calls()).toBe(1);
    const third = heldAnswer(listed('unused'));
    expect(await b.readCache.readReferences(ongoing, ['STRING'], third.call)).toEqual(listed('after the change'));
    expect(third.calls()).toBe(0);
  });
});
