import type { Contact, ReferenceType } from '@aws-sdk/client-connect';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { Logger } from '../../logger.ts';
import { type ContactReferenceRecord, typeBatches } from '../contact-references.ts';
import type { ContactKey } from '../contacts.ts';
import { toError } from '../errors.ts';
import { decodeContact, encodeContact } from './cached-contact.ts';
import { decodeReferences, encodeReferences } from './cached-references.ts';
import { createMemoryStore } from './memory-store.ts';
import {
  type CachedOperation,
  createReadCacheMetrics,
  type ReadCacheMetrics,
  type StoreOperation,
} from './read-cache-metrics.ts';
import type { EntryKey, EntryKind, ReadCacheStore } from './read-cache-store.ts';
import { createRedisStore } from './redis-store.ts';
import { isRejected, type RejectReason } from './stored-value.ts';

/** The largest answer kept, in UTF-8 bytes: attributes alone may take 32,768, JSON escapes included. */
export const MAX_ENTRY_BYTES = 256 * 1024;
/** Entries kept at once: in memory per replica, in Redis for all replicas together. */
export const MAX_ENTRIES = 10_000;
/** UTF-8 bytes the kept answers may take together, counted as MAX_ENTRIES is. */
export const MAX_BYTES = 64 * 1024 * 1024;
/**
 * A read that took longer than this is not stored: generations live for the entry's time plus
 * twice this, so one that expired cannot let an older read store what a change replaced.
 */
export const STORE_WINDOW_MS = 30_000;
/** A Redis that answers slowly must not hold reads back: past this, a read goes to Connect. */
const READ_TIMEOUT_MS = 250;
/** Changes wait this long for Redis to drop their entries before answering. */
const INVALIDATE_TIMEOUT_MS = 1_000;

/** Connect's answer for one key, or that key's failure (DataLoader's per-key error). */
export type ContactOrError = Contact | Error;

/**
 * DescribeContact and ListContactReferences answers shared between requests
 * (CONNECT_READ_CACHE_SECONDS). It holds Connect's answers, never a caller's view: scopes and the
 * instance allow-list are checked before each read.
 */
export interface ContactReadCache {
  /** Answers `keys` from the cache, calling `describe` for the others and storing what it answers. */
  read(keys: readonly ContactKey[], describe: (key: ContactKey) => Promise<ContactOrError>): Promise<ContactOrError[]>;
  /**
   * The references of `types` on a contact from the cache, or from `list` (stored when it answers).
   * The same types in any order or repetition are one entry.
   */
  readReferences(
    key: ContactKey,
    types: readonly ReferenceType[],
    list: () => Promise<ContactReferenceRecord[]>,
  ): Promise<ContactReferenceRecord[]>;
  /** A change of one contact made through the gateway: its entries are gone before this resolves. */
  forgetContact(key: ContactKey): Promise<void>;
  /**
   * A chain-wide change (attributes): every segment of the chain is gone before this resolves.
   * `root`: the chain's first contact when the caller knows it (a read earlier in the request).
   */
  forgetChain(key: ContactKey, root?: string): Promise<void>;
  /**
   * A change made outside the gateway (a Connect contact event): drops the contact (its answer and
   * listings) and the stored segments of its chain, when its chain is known (the event may be about
   * the chain's attributes).
   * Reads in flight are not failed: a change outside the gateway is only bounded by the lifetime.
   */
  invalidate(key: ContactKey): Promise<void>;
}

/** No cache (the default): every read is a DescribeContact, as without this module. */
const OFF: ContactReadCache = {
  read: (keys, describe) => Promise.all(keys.map(describe)),
  readReferences: (_key, _types, list) => list(),
  forgetContact: async () => {},
  forgetChain: async () => {},
  invalidate: async () => {},
};

export interface ReadCacheOptions {
  /** CONNECT_READ_CACHE_SECONDS; undefined: off. */
  seconds?: number;
  /** The replica's command connection (REDIS_URL): the cache is then shared by the replicas. */
  redis?: Redis;
  logger: Logger;
  metricsRegistry?: Registry;
}

class StoreTimeout extends Error {
  override name = 'StoreTimeout';
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The chain a contact belongs to: its first contact (itself when it has no InitialContactId). */
const rootOf = (key: ContactKey, contact: Contact) => contact.InitialContactId ?? key.contactId;

/** How one kind of entry is kept: its Connect operation (the metrics' label) and its codec. */
interface Codec<Answer> {
  operation: CachedOperation;
  decode(text: string, key: ContactKey): Answer | RejectReason;
  /** The value to store and the chain it belongs to; undefined: not stored (not the contact asked for). */
  encode(answer: Answer, key: ContactKey): { value: string; root: string } | undefined;
}

const CONTACT: Codec<Contact> = {
  operation: 'DescribeContact',
  decode: (text, key) => decodeContact(text, key, MAX_ENTRY_BYTES),
  encode: (contact, key) =>
    contact.Id === key.contactId ? { value: encodeContact(contact), root: rootOf(key, contact) } : undefined,
};

const REFERENCES: Codec<ContactReferenceRecord[]> = {
  operation: 'ListContactReferences',
  decode: (text) => decodeReferences(text, MAX_ENTRY_BYTES),
  encode: (references, key) => ({ value: encodeReferences(references), root: key.contactId }),
};

/** A listing's kind: its types in the order and batches it is read in. */
const referencesKind = (types: readonly ReferenceType[]): EntryKind =>
  `references:${typeBatches(types).flat().join(',')}`;

export function createContactReadCache(options: ReadCacheOptions): ContactReadCache {
  if (options.seconds === undefined) return OFF;
  const ttlMs = options.seconds * 1_000;
  const limits = {
    ttlMs,
    generationTtlMs: ttlMs + 2 * STORE_WINDOW_MS,
    maxEntryBytes: MAX_ENTRY_BYTES,
    maxEntries: MAX_ENTRIES,
    maxBytes: MAX_BYTES,
  };
  const store = options.redis ? createRedisStore(options.redis, limits) : createMemoryStore(limits);
  // A scrape waits for Redis no longer than a read does.
  const metrics = createReadCacheMetrics(options.metricsRegistry, () => within(store.bytes(), READ_TIMEOUT_MS));
  return cacheOver(store, metrics, options.logger);
}

function cacheOver(store: ReadCacheStore, metrics: ReadCacheMetrics, logger: Logger): ContactReadCache {
  let warned = false;
  // A failed store call costs a DescribeContact (or, for a change, a stale entry until it expires):
  // counted each time, logged once per replica until the store works again.
  async function attempt<T>(operation: StoreOperation, call: () => Promise<T>, ms: number): Promise<T | undefined> {
    try {
      const result = await within(call(), ms);
      warned = false;
      return result;
    } catch (error) {
      metrics.failed(operation);
      if (!warned) logger.warn({ operation, error: (error as Error).name }, 'read cache: store unavailable');
      warned = true;
      return undefined;
    }
  }

  async function cached<Answer>(keys: readonly EntryKey[], codec: Codec<Answer>): Promise<(Answer | undefined)[]> {
    const values = (await attempt('get', () => store.get(keys), READ_TIMEOUT_MS)) ?? keys.map(() => undefined);
    return keys.map((key, i) => {
      const value = values[i];
      if (value === undefined) return undefined;
      const decoded = codec.decode(value, key);
      if (!isRejected(decoded)) return decoded;
      metrics.rejected(decoded);
      return undefined;
    });
  }

  async function fill<Answer>(key: EntryKey, codec: Codec<Answer>, stamp: string, startedAt: number, answer: Answer) {
    const encoded = codec.encode(answer, key);
    if (encoded === undefined || performance.now() - startedAt > STORE_WINDOW_MS) return;
    const stored = await attempt('put', () => store.put(key, stamp, encoded.root, encoded.value), READ_TIMEOUT_MS);
    if (stored === true) metrics.stored(Buffer.byteLength(encoded.value, 'utf8'));
  }

  // Reads in flight on this replica, by entry, with their stamps. A read whose stamp is the same
  // began after every change the later one must see (none moved the stamp in between), so the
  // later one waits for its answer instead of calling Connect again. A failure is not shared: the
  // first read's deadline or abort is not the later one's.
  const inFlight = new Map<string, { stamp: string; read: Promise<unknown> }>();

  async function readOnce<Answer>(
    key: EntryKey,
    codec: Codec<Answer>,
    stamp: string | undefined,
    startedAt: number,
    call: () => Promise<Answer | Error>,
  ): Promise<Answer | Error> {
    const id = `${key.instanceId}\u0000${key.contactId}\u0000${key.kind}`;
    const running = stamp === undefined ? undefined : inFlight.get(id);
    if (running !== undefined && running.stamp === stamp) {
      // The id names the kind, so the answer in flight is one of this codec's.
      const shared = (await running.read) as Answer | Error;
      if (!(shared instanceof Error)) {
        metrics.joined(codec.operation);
        return shared;
      }
    }
    const read = call().then(async (result) => {
      if (!(result instanceof Error) && stamp !== undefined) await fill(key, codec, stamp, startedAt, result);
      return result;
    });
    if (stamp === undefined) return read;
    inFlight.set(id, { stamp, read });
    try {
      return await read;
    } finally {
      if (inFlight.get(id)?.read === read) inFlight.delete(id);
    }
  }

  /** `keys` from the store, the others through `call`, each stored when it answers. */
  async function through<Answer>(
    keys: readonly EntryKey[],
    codec: Codec<Answer>,
    call: (key: EntryKey) => Promise<Answer | Error>,
  ): Promise<(Answer | Error)[]> {
    const found = await cached(keys, codec);
    const missing = keys.filter((_key, i) => found[i] === undefined);
    metrics.hits(codec.operation, keys.length - missing.length);
    metrics.misses(codec.operation, missing.length);
    if (missing.length === 0) return found as Answer[];
    const startedAt = performance.now();
    const stamps = await attempt('stamp', () => store.stamp(missing), READ_TIMEOUT_MS);
    const read = await Promise.all(
      missing.map((key, i) => readOnce(key, codec, stamps?.[i], startedAt, () => call(key))),
    );
    let next = 0;
    return found.map((answer) => answer ?? (read[next++] as Answer | Error));
  }

  async function dropChain(key: ContactKey, write: boolean, root?: string): Promise<void> {
    let chain = root;
    if (chain === undefined) {
      const [entry] = await cached([{ ...key, kind: 'contact' }], CONTACT);
      chain = entry && rootOf(key, entry);
    }
    const roots = chain === undefined || chain === key.contactId ? [key.contactId] : [key.contactId, chain];
    const drop = { write, unknownRoot: chain === undefined };
    await attempt('invalidate', () => store.invalidateChains(key.instanceId, roots, drop), INVALIDATE_TIMEOUT_MS);
    metrics.invalidated(write ? 'chain' : 'event');
  }

  return {
    read: (keys, describe) =>
      through(
        keys.map((key) => ({ instanceId: key.instanceId, contactId: key.contactId, kind: 'contact' })),
        CONTACT,
        describe,
      ),
    async readReferences(key, types, list) {
      const entry: EntryKey = { instanceId: key.instanceId, contactId: key.contactId, kind: referencesKind(types) };
      const [answer] = await through([entry], REFERENCES, () => list().catch(toError));
      if (answer === undefined || answer instanceof Error) throw answer;
      return answer;
    },
    async forgetContact(key) {
      await attempt('invalidate', () => store.invalidate(key), INVALIDATE_TIMEOUT_MS);
      metrics.invalidated('contact');
    },
    forgetChain: (key, root) => dropChain(key, true, root),
    invalidate: (key) => dropChain(key, false),
  };
}
