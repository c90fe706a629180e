import type { Contact } from '@aws-sdk/client-connect';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { Logger } from '../../logger.ts';
import type { ContactKey } from '../contacts.ts';
import { decodeContact, encodeContact } from './cached-contact.ts';
import { createMemoryStore } from './memory-store.ts';
import { createReadCacheMetrics, type ReadCacheMetrics, type StoreOperation } from './read-cache-metrics.ts';
import type { ReadCacheStore } from './read-cache-store.ts';
import { createRedisStore } from './redis-store.ts';

/** The largest answer kept, in UTF-8 bytes: attributes alone may take 32,768, JSON escapes included. */
export const MAX_ENTRY_BYTES = 256 * 1024;
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
 * DescribeContact answers shared between requests (CONNECT_READ_CACHE_SECONDS). It holds Connect's
 * answers, never a caller's view: scopes and the instance allow-list are checked before each read.
 */
export interface ContactReadCache {
  /** Answers `keys` from the cache, calling `describe` for the others and storing what it answers. */
  read(keys: readonly ContactKey[], describe: (key: ContactKey) => Promise<ContactOrError>): Promise<ContactOrError[]>;
  /** A change of one contact made through the gateway: its entry is gone before this resolves. */
  forgetContact(key: ContactKey): Promise<void>;
  /**
   * A chain-wide change (attributes): every segment of the chain is gone before this resolves.
   * `root`: the chain's first contact when the caller knows it (a read earlier in the request).
   */
  forgetChain(key: ContactKey, root?: string): Promise<void>;
  /**
   * A change made outside the gateway (a Connect contact event): drops the contact and the stored
   * segments of its chain, when its chain is known (the event may be about the chain's attributes).
   * Reads in flight are not failed: a change outside the gateway is only bounded by the lifetime.
   */
  invalidate(key: ContactKey): Promise<void>;
}

/** No cache (the default): every read is a DescribeContact, as without this module. */
const OFF: ContactReadCache = {
  read: (keys, describe) => Promise.all(keys.map(describe)),
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

export function createContactReadCache(options: ReadCacheOptions): ContactReadCache {
  if (options.seconds === undefined) return OFF;
  const ttlMs = options.seconds * 1_000;
  const limits = { ttlMs, generationTtlMs: ttlMs + 2 * STORE_WINDOW_MS, maxEntryBytes: MAX_ENTRY_BYTES };
  const store = options.redis ? createRedisStore(options.redis, limits) : createMemoryStore(limits);
  const metrics = createReadCacheMetrics(options.metricsRegistry, () => store.bytes());
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

  async function cached(keys: readonly ContactKey[]): Promise<(Contact | undefined)[]> {
    const values = (await attempt('get', () => store.get(keys), READ_TIMEOUT_MS)) ?? keys.map(() => undefined);
    return keys.map((key, i) => {
      const value = values[i];
      if (value === undefined) return undefined;
      const decoded = decodeContact(value, key, MAX_ENTRY_BYTES);
      if (typeof decoded !== 'string') return decoded;
      metrics.rejected(decoded);
      return undefined;
    });
  }

  async function fill(key: ContactKey, stamp: string, startedAt: number, contact: Contact): Promise<void> {
    // An answer for another contact is not stored (decodeContact would refuse it anyway).
    if (contact.Id !== key.contactId || performance.now() - startedAt > STORE_WINDOW_MS) return;
    const value = encodeContact(contact);
    const stored = await attempt('put', () => store.put(key, stamp, rootOf(key, contact), value), READ_TIMEOUT_MS);
    if (stored === true) metrics.stored(Buffer.byteLength(value, 'utf8'));
  }

  // Reads in flight on this replica, by key, with their stamps. A read whose stamp is the same
  // began after every change the later one must see (none moved the stamp in between), so the
  // later one waits for its answer instead of calling Connect again. A failure is not shared: the
  // first read's deadline or abort is not the later one's.
  const inFlight = new Map<string, { stamp: string; read: Promise<ContactOrError> }>();

  async function readOnce(
    key: ContactKey,
    stamp: string | undefined,
    startedAt: number,
    describe: (key: ContactKey) => Promise<ContactOrError>,
  ): Promise<ContactOrError> {
    const id = `${key.instanceId}\u0000${key.contactId}`;
    const running = stamp === undefined ? undefined : inFlight.get(id);
    if (running !== undefined && running.stamp === stamp) {
      const shared = await running.read;
      if (!(shared instanceof Error)) {
        metrics.joined();
        return shared;
      }
    }
    const read = describe(key).then(async (result) => {
      if (!(result instanceof Error) && stamp !== undefined) await fill(key, stamp, startedAt, result);
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

  async function dropChain(key: ContactKey, write: boolean, root?: string): Promise<void> {
    let chain = root;
    if (chain === undefined) {
      const [entry] = await cached([key]);
      chain = entry && rootOf(key, entry);
    }
    const roots = chain === undefined || chain === key.contactId ? [key.contactId] : [key.contactId, chain];
    const drop = { write, unknownRoot: chain === undefined };
    await attempt('invalidate', () => store.invalidateChains(key.instanceId, roots, drop), INVALIDATE_TIMEOUT_MS);
    metrics.invalidated(write ? 'chain' : 'event');
  }

  return {
    async read(keys, describe) {
      const found = await cached(keys);
      const missing = keys.filter((_key, i) => found[i] === undefined);
      metrics.hits(keys.length - missing.length);
      metrics.misses(missing.length);
      if (missing.length === 0) return found as Contact[];
      const startedAt = performance.now();
      const stamps = await attempt('stamp', () => store.stamp(missing), READ_TIMEOUT_MS);
      const read = await Promise.all(missing.map((key, i) => readOnce(key, stamps?.[i], startedAt, describe)));
      let next = 0;
      return found.map((contact) => contact ?? (read[next++] as ContactOrError));
    },
    async forgetContact(key) {
      await attempt('invalidate', () => store.invalidate(key), INVALIDATE_TIMEOUT_MS);
      metrics.invalidated('contact');
    },
    forgetChain: (key, root) => dropChain(key, true, root),
    invalidate: (key) => dropChain(key, false),
  };
}
