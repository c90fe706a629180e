import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { ContactKey } from '../connect/contacts.ts';

/**
 * How long after a gateway change a CONTACT_DATA_UPDATED of the same contact and properties counts
 * as its echo. Connect sends the event within a second or so, and EventBridge and SQS add little on
 * a healthy consumer; a longer window would mark more changes made in Connect itself as echoes.
 */
export const ECHO_WINDOW_MS = 5_000;
/** How long an event waits for a gateway change whose Connect call is still under way. */
const PENDING_WAIT_MS = 1_000;
/** Entries kept per contact: more changes of one contact within the window than any client makes. */
const MAX_ENTRIES_PER_CONTACT = 16;
/** Contacts remembered without Redis. */
const MAX_CONTACTS_IN_MEMORY = 10_000;
const KEY_PREFIX = 'connect-contact-gateway:echoes:';

/**
 * One step of a gateway change, as it is kept per contact: the properties it is about to change
 * (before its Connect call), then the request id that marks it (`made`) or that it failed.
 */
type EchoEntry =
  | { token: string; at: number; properties: string[] }
  | { token: string; made: string }
  | { token: string; failed: true };

/** What a mutation says after its Connect call. */
export interface PendingEcho {
  made(marker: string | undefined): Promise<void>;
  failed(): Promise<void>;
}

/**
 * Gateway changes whose CONTACT_DATA_UPDATED Connect will send back: in Redis with REDIS_URL (the
 * replica that takes the event from SQS is rarely the one that made the change), in memory otherwise.
 */
export interface Echoes {
  /** Before a Connect call that changes `properties` (Connect's names) of the contact. */
  expect(key: ContactKey, properties: readonly string[]): Promise<PendingEcho>;
  /**
   * The request id of the gateway change a CONTACT_DATA_UPDATED naming `updatedProperties` echoes,
   * or null: the newest change of that contact within the window whose properties cover them all.
   */
  echoOf(key: ContactKey, updatedProperties: readonly string[]): Promise<string | null>;
}

/**
 * The marker of the newest change in `entries` (newest first) made within the window that covers
 * every updated property; `pending` when that change's call has not answered yet and `settled` is
 * false. Changes that failed are skipped.
 */
export function matchEcho(
  entries: readonly EchoEntry[],
  updated: readonly string[],
  now: number,
  settled: boolean,
): string | 'pending' | null {
  if (updated.length === 0) return null;
  const outcomes = new Map<string, string | null>();
  for (const entry of entries)
    if ('made' in entry) outcomes.set(entry.token, entry.made);
    else if ('failed' in entry) outcomes.set(entry.token, null);
  for (const entry of entries) {
    if (!('properties' in entry) || now - entry.at > ECHO_WINDOW_MS) continue;
    if (!updated.every((property) => entry.properties.includes(property))) continue;
    const outcome = outcomes.get(entry.token);
    if (outcome === undefined) {
      if (!settled) return 'pending';
    } else if (outcome !== null) return outcome;
  }
  return null;
}

interface EchoLog {
  add(key: string, entry: EchoEntry): Promise<void>;
  read(key: string): Promise<EchoEntry[]>;
}

function redisLog(redis: Redis): EchoLog {
  return {
    async add(key, entry) {
      await redis
        .multi()
        .lpush(key, JSON.stringify(entry))
        .ltrim(key, 0, MAX_ENTRIES_PER_CONTACT - 1)
        .pexpire(key, ECHO_WINDOW_MS + PENDING_WAIT_MS)
        .exec();
    },
    async read(key) {
      // Written by replicas only; an entry that is not one is skipped.
      return (await redis.lrange(key, 0, MAX_ENTRIES_PER_CONTACT - 1)).flatMap((raw) => {
        try {
          const entry: unknown = JSON.parse(raw);
          return typeof entry === 'object' && entry !== null && 'token' in entry ? [entry as EchoEntry] : [];
        } catch {
          return [];
        }
      });
    },
  };
}

function memoryLog(): EchoLog {
  const byContact = new LRUCache<string, EchoEntry[]>({
    max: MAX_CONTACTS_IN_MEMORY,
    ttl: ECHO_WINDOW_MS + PENDING_WAIT_MS,
  });
  return {
    add(key, entry) {
      byContact.set(key, [entry, ...(byContact.get(key) ?? [])].slice(0, MAX_ENTRIES_PER_CONTACT));
      return Promise.resolve();
    },
    read: (key) => Promise.resolve(byContact.get(key) ?? []),
  };
}

const NOTHING_PENDING: PendingEcho = { made: () => Promise.resolve(), failed: () => Promise.resolve() };

/**
 * The replica's echoes; `enabled` when it reads Connect's events (otherwise a mutation records
 * nothing). A Redis that fails is not waited for: the change is not remembered, and its echo reaches
 * subscribers unmarked (as a change made in Connect would).
 */
export function createEchoes(redis: Redis | undefined, enabled: boolean): Echoes {
  if (!enabled) return { expect: () => Promise.resolve(NOTHING_PENDING), echoOf: () => Promise.resolve(null) };
  const log = redis ? redisLog(redis) : memoryLog();
  const keyOf = ({ instanceId, contactId }: ContactKey) => `${KEY_PREFIX}${instanceId}:${contactId}`;
  const add = (key: string, entry: EchoEntry) => log.add(key, entry).catch(() => undefined);
  return {
    async expect(contact, properties) {
      const key = keyOf(contact);
      const token = randomUUID();
      await add(key, { token, at: Date.now(), properties: [...properties] });
      return {
        made: (marker) => add(key, marker === undefined ? { token, failed: true } : { token, made: marker }),
        failed: () => add(key, { token, failed: true }),
      };
    },
    async echoOf(contact, updatedProperties) {
      const key = keyOf(contact);
      const until = Date.now() + PENDING_WAIT_MS;
      for (;;) {
        const entries = await log.read(key).catch(() => undefined);
        if (entries === undefined) return null;
        const settled = Date.now() >= until;
        const match = matchEcho(entries, updatedProperties, Date.now(), settled);
        if (match !== 'pending') return match;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
