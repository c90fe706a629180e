import { LRUCache } from 'lru-cache';
import type { ContactKey } from '../contacts.ts';
import { type EntryKey, idPart, type ReadCacheStore, type StoreLimits } from './read-cache-store.ts';

/** Generations remembered; past this, every older read is treated as stale (see `floor`). */
const MAX_GENERATIONS = 100_000;

interface Entry {
  value: string;
  /** The clock when the read began: a change at a later tick makes the entry stale. */
  since: number;
  instance: string;
  /** The group a drop finds it by: its chain (a contact) or its contact (a listing). */
  group: string;
}

const contactId = (key: ContactKey) => `${idPart(key.instanceId)}:${idPart(key.contactId)}`;
const entryId = (key: EntryKey) => (key.kind === 'contact' ? contactId(key) : `${contactId(key)}:${idPart(key.kind)}`);
// Contacts stored per chain root, and listings per contact.
const chainGroup = (instance: string, root: string) => `c:${instance}:${root}`;
const listingGroup = (id: string) => `l:${id}`;

/**
 * The store of one process (no REDIS_URL: one replica, so every change is made here). Generations
 * are ticks of one logical clock: a change records its tick per contact, per chain and per
 * instance, and a read's stamp is the tick it began at. A generation forgotten for room moves
 * `floor`, which makes every read that began earlier stale: never a stale entry served.
 */
export function createMemoryStore(limits: StoreLimits): ReadCacheStore {
  let clock = 0;
  let floor = 0;
  // The entries of each group, so a chain-wide change finds its segments and a contact's change its listings.
  const groups = new Map<string, Set<string>>();
  const entries = new LRUCache<string, Entry>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    ttl: limits.ttlMs,
    sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(entry.value, 'utf8')),
    dispose: (entry, key) => {
      const members = groups.get(entry.group);
      members?.delete(key);
      if (members?.size === 0) groups.delete(entry.group);
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
  const dropGroup = (group: string) => {
    for (const member of [...(groups.get(group) ?? [])]) entries.delete(member);
  };
  const dropContact = (id: string) => {
    entries.delete(id);
    dropGroup(listingGroup(id));
  };

  return {
    async get(keys) {
      return keys.map((key) => {
        const entry = entries.get(entryId(key));
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
      const contact = contactId(key);
      const instance = idPart(key.instanceId);
      const moved =
        since < floor ||
        changed(`g:${contact}`) > since ||
        changed(`x:${instance}`) > since ||
        changed(`f:${instance}`) > since;
      if (moved || Buffer.byteLength(value, 'utf8') > limits.maxEntryBytes) return false;
      const id = entryId(key);
      const group = key.kind === 'contact' ? chainGroup(instance, idPart(root)) : listingGroup(contact);
      entries.set(id, { value, since, instance, group });
      // Set after the entry: a replaced entry's dispose has run, and may have left no set behind.
      if (entries.has(id)) groups.set(group, (groups.get(group) ?? new Set()).add(id));
      return true;
    },
    async invalidate(key) {
      const id = contactId(key);
      changedAt.set(`g:${id}`, ++clock);
      dropContact(id);
    },
    async invalidateChains(instanceId, roots, { write, unknownRoot }) {
      const instance = idPart(instanceId);
      const tick = ++clock;
      if (write) {
        changedAt.set(`x:${instance}`, tick);
        // A written contact of unknown chain with stored members is a chain's first contact: no flush then.
        const first = chainGroup(instance, idPart(roots[0] ?? ''));
        if (unknownRoot && !groups.get(first)?.size) changedAt.set(`f:${instance}`, tick);
      }
      for (const root of roots) {
        changedAt.set(`g:${instance}:${idPart(root)}`, tick);
        dropContact(`${instance}:${idPart(root)}`);
        dropGroup(chainGroup(instance, idPart(root)));
      }
    },
    bytes: async () => entries.calculatedSize,
  };
}
