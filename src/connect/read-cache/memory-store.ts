import { LRUCache } from 'lru-cache';
import type { ContactKey } from '../contacts.ts';
import { idPart, type ReadCacheStore, type StoreLimits } from './read-cache-store.ts';

/** Entries kept in memory; the least recently used is dropped first. */
export const MEMORY_MAX_ENTRIES = 10_000;
/** Bytes (UTF-8) the entries may take together. */
export const MEMORY_MAX_BYTES = 64 * 1024 * 1024;
/** Generations remembered; past this, every older read is treated as stale (see `floor`). */
const MAX_GENERATIONS = 100_000;

interface Entry {
  value: string;
  /** The clock when the read began: a change at a later tick makes the entry stale. */
  since: number;
  instance: string;
  root: string;
}

const contactId = (key: ContactKey) => `${idPart(key.instanceId)}:${idPart(key.contactId)}`;

/**
 * The store of one process (no REDIS_URL: one replica, so every change is made here). Generations
 * are ticks of one logical clock: a change records its tick per contact, per chain and per
 * instance, and a read's stamp is the tick it began at. A generation forgotten for room moves
 * `floor`, which makes every read that began earlier stale: never a stale entry served.
 */
export function createMemoryStore(limits: StoreLimits): ReadCacheStore {
  let clock = 0;
  let floor = 0;
  // Contacts stored per chain root, so a chain-wide change finds its segments.
  const chains = new Map<string, Set<string>>();
  const entries = new LRUCache<string, Entry>({
    max: MEMORY_MAX_ENTRIES,
    maxSize: MEMORY_MAX_BYTES,
    ttl: limits.ttlMs,
    sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(entry.value, 'utf8')),
    dispose: (entry, key) => {
      const root = `${entry.instance}:${entry.root}`;
      const members = chains.get(root);
      members?.delete(key);
      if (members?.size === 0) chains.delete(root);
    },
  });
  const changedAt = new LRUCache<string, number>({
    max: MAX_GENERATIONS,
    ttl: limits.generationTtlMs,
    dispose: (_tick, _key, reason) => {
      if (reason === 'evict') floor = clock;
    },
  });
  const changed = (key: string) => changedAt.get(key) ?? 0;
  const dropChain = (instance: string, root: string) => {
    for (const member of [...(chains.get(`${instance}:${root}`) ?? [])]) entries.delete(member);
  };

  return {
    async get(keys) {
      return keys.map((key) => {
        const entry = entries.get(contactId(key));
        const instance = idPart(key.instanceId);
        if (entry === undefined || entry.since < floor || changed(`f:${instance}`) > entry.since) return undefined;
        return entry.value;
      });
    },
    async stamp(keys) {
      return keys.map(() => String(clock));
    },
    async put(key, stamp, root, value) {
      const since = Number(stamp);
      const id = contactId(key);
      const instance = idPart(key.instanceId);
      const moved =
        since < floor ||
        changed(`g:${id}`) > since ||
        changed(`x:${instance}`) > since ||
        changed(`f:${instance}`) > since;
      if (moved || Buffer.byteLength(value, 'utf8') > limits.maxEntryBytes) return false;
      entries.set(id, { value, since, instance, root: idPart(root) });
      // Set after the entry: a replaced entry's dispose has run, and may have left no set behind.
      const chainKey = `${instance}:${idPart(root)}`;
      if (entries.has(id)) chains.set(chainKey, (chains.get(chainKey) ?? new Set()).add(id));
      return true;
    },
    async invalidate(key) {
      const id = contactId(key);
      changedAt.set(`g:${id}`, ++clock);
      entries.delete(id);
    },
    async invalidateChains(instanceId, roots, { write, unknownRoot }) {
      const instance = idPart(instanceId);
      const tick = ++clock;
      if (write) {
        changedAt.set(`x:${instance}`, tick);
        // A written contact of unknown chain with stored members is a chain's first contact: no flush then.
        const first = `${instance}:${idPart(roots[0] ?? '')}`;
        if (unknownRoot && !chains.get(first)?.size) changedAt.set(`f:${instance}`, tick);
      }
      for (const root of roots) {
        changedAt.set(`g:${instance}:${idPart(root)}`, tick);
        entries.delete(`${instance}:${idPart(root)}`);
        dropChain(instance, idPart(root));
      }
    },
    bytes: () => entries.calculatedSize,
  };
}
