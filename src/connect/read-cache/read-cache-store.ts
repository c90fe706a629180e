import type { ContactKey } from '../contacts.ts';

/**
 * What is kept of a contact: DescribeContact's answer (`contact`), or one ListContactReferences
 * listing, named by its types (`references:URL,ATTACHMENT`). Every entry of a contact shares its
 * generation: a change of the contact drops them all.
 */
export type EntryKind = 'contact' | `references:${string}`;

/** One entry: a contact and what is kept of it. */
export interface EntryKey extends ContactKey {
  kind: EntryKind;
}

/**
 * Where Connect's answers are kept between requests: this process's memory, or Redis shared by the
 * replicas. Every change made through the gateway bumps a generation (per contact, and per instance
 * for chain-wide changes); an answer is stored only if none moved since its read began, so a read
 * racing a change is never stored after the change dropped the entry.
 */
export interface ReadCacheStore {
  /** The stored values of `keys` still valid, or undefined (none, expired, or dropped). */
  get(keys: readonly EntryKey[]): Promise<(string | undefined)[]>;
  /** Taken before each Connect read: the generations the answer will be stored against. */
  stamp(keys: readonly ContactKey[]): Promise<string[]>;
  /**
   * Stores `value` (the answer for `key`) unless a generation moved since `stamp`. `root`: the
   * chain a contact entry belongs to; listings belong to their contact alone.
   */
  put(key: EntryKey, stamp: string, root: string, value: string): Promise<boolean>;
  /** Drops the contact's entries (its answer and listings) and fails the stores of reads in flight for it. */
  invalidate(key: ContactKey): Promise<void>;
  /**
   * Drops every contact entry of the chains `chains` (the written contact, and its chain's first
   * contact when known), and those two contacts' listings. For a `write` through the gateway, reads
   * in flight in the instance also fail to store (their chain is not known before they answer),
   * and with `unknownRoot` (the written contact's chain is known from nothing), unless it is the
   * first contact of a chain stored here, every entry of the instance is dropped. An event from
   * Connect does neither: what Connect changed outside the gateway is only bounded by the entries'
   * lifetime.
   */
  invalidateChains(instanceId: string, chains: readonly string[], drop: ChainDrop): Promise<void>;
  /** UTF-8 bytes of the values kept, as the bound counts them (in Redis, every replica's). */
  bytes(): Promise<number>;
}

/** How far a chain-wide drop reaches (see ReadCacheStore.invalidateChains). */
export interface ChainDrop {
  write: boolean;
  unknownRoot: boolean;
}

/** The limits and lifetimes every store keeps. */
export interface StoreLimits {
  /** How long an entry is kept (CONNECT_READ_CACHE_SECONDS). */
  ttlMs: number;
  /** How long generations are kept: longer than an entry, plus the longest read that may be stored. */
  generationTtlMs: number;
  /** The largest value kept, in UTF-8 bytes. */
  maxEntryBytes: number;
  /** Entries kept at once (per replica in memory, for all replicas in Redis); the oldest go first. */
  maxEntries: number;
  /** UTF-8 bytes the kept values may take together; the oldest go first. */
  maxBytes: number;
}

/** Redis keys and memory keys alike: ids may hold `:`, so each is encoded. */
export const idPart = (id: string) => encodeURIComponent(id);
