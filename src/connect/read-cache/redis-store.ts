import type { Redis } from 'ioredis';
import type { ContactKey } from '../contacts.ts';
import { type EntryKey, idPart, type ReadCacheStore, type StoreLimits } from './read-cache-store.ts';

/** Apart from the other keys that share the Redis (subscription channels, quota windows). */
const PREFIX = 'connect-contact-gateway:read-cache:';

// Keys: e: the entry of a contact (e:<instance>:<contact>) and of its listings (…:<kind>); g: a
// contact's generation; x: an instance's chain generation (fails every read in flight there); f: an
// instance's flush generation (every entry there); m: the contacts stored per chain root; l: the
// listings stored per contact.
const contactEntryKey = (k: ContactKey) => `${PREFIX}e:${idPart(k.instanceId)}:${idPart(k.contactId)}`;
const entryKey = (k: EntryKey) =>
  k.kind === 'contact' ? contactEntryKey(k) : `${contactEntryKey(k)}:${idPart(k.kind)}`;
const listingsKey = (k: ContactKey) => `${PREFIX}l:${idPart(k.instanceId)}:${idPart(k.contactId)}`;
const generationKey = (k: ContactKey) => `${PREFIX}g:${idPart(k.instanceId)}:${idPart(k.contactId)}`;
const chainGenerationKey = (instanceId: string) => `${PREFIX}x:${idPart(instanceId)}`;
const flushKey = (instanceId: string) => `${PREFIX}f:${idPart(instanceId)}`;
const membersKey = (instanceId: string, root: string) => `${PREFIX}m:${idPart(instanceId)}:${idPart(root)}`;
// The stored entries of every replica, by the time they expire (a sorted set), their sizes (a hash)
// and the sizes' total: what bounds the cache in entries and bytes.
const INDEX_KEY = `${PREFIX}i`;
const SIZES_KEY = `${PREFIX}s`;
const TOTAL_KEY = `${PREFIX}t`;

// Stored only if no generation moved since the stamp; the group's set (the chain's contacts, or the
// contact's listings) outlives its entries. Room is made first: entries past their time leave the
// index (KEYS 6-8), and while the index holds ARGV[8] entries or this value (ARGV[10] bytes) would
// pass ARGV[9] bytes, the entry that expires first is dropped. An entry dropped by a change stays
// counted until its time ends or it is dropped for room, so the bounds hold, conservatively.
const PUT = `
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
if (redis.call('GET', KEYS[3]) or '') ~= ARGV[2] then return 0 end
if (redis.call('GET', KEYS[4]) or '') ~= ARGV[3] then return 0 end
local function unindex(key)
  local size = redis.call('HGET', KEYS[7], key)
  if size then
    redis.call('HDEL', KEYS[7], key)
    redis.call('DECRBY', KEYS[8], size)
  end
  redis.call('ZREM', KEYS[6], key)
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
for _, key in ipairs(redis.call('ZRANGEBYSCORE', KEYS[6], '-inf', now, 'LIMIT', 0, 100)) do
  unindex(key)
end
unindex(KEYS[1])
local size = tonumber(ARGV[10])
while redis.call('ZCARD', KEYS[6]) >= tonumber(ARGV[8])
  or tonumber(redis.call('GET', KEYS[8]) or '0') + size > tonumber(ARGV[9]) do
  local first = redis.call('ZRANGE', KEYS[6], 0, 0)[1]
  if not first then break end
  redis.call('DEL', first)
  unindex(first)
end
redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
redis.call('SADD', KEYS[5], ARGV[6])
redis.call('PEXPIRE', KEYS[5], ARGV[7])
redis.call('ZADD', KEYS[6], now + tonumber(ARGV[5]), KEYS[1])
redis.call('HSET', KEYS[7], KEYS[1], size)
redis.call('INCRBY', KEYS[8], size)
for i = 6, 8 do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
return 1`;

// KEYS: the contact's generation, its entry, its listings' set (each listing's entry is the
// contact's entry key, ':' and the listing's kind).
const INVALIDATE = `
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
for _, kind in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  redis.call('DEL', KEYS[2] .. ':' .. kind)
end
redis.call('DEL', KEYS[3])
return 1`;

// KEYS: x, f, then per root: its generation, its entry, its members, its listings. ARGV[2]: '1' for a write
// (reads in flight in the instance fail to store; with ARGV[4] '1', the written contact's chain is
// unknown: unless it is the first contact of a stored chain, the instance's entries are dropped).
// ARGV[3]: the instance's entry prefix.
const INVALIDATE_CHAINS = `
if ARGV[2] == '1' then
  redis.call('INCR', KEYS[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  if ARGV[4] == '1' and redis.call('SCARD', KEYS[5]) == 0 then
    redis.call('INCR', KEYS[2])
    redis.call('PEXPIRE', KEYS[2], ARGV[1])
  end
end
for i = 3, #KEYS, 4 do
  redis.call('INCR', KEYS[i])
  redis.call('PEXPIRE', KEYS[i], ARGV[1])
  redis.call('DEL', KEYS[i + 1])
  for _, member in ipairs(redis.call('SMEMBERS', KEYS[i + 2])) do
    redis.call('DEL', ARGV[3] .. member)
  end
  redis.call('DEL', KEYS[i + 2])
  for _, kind in ipairs(redis.call('SMEMBERS', KEYS[i + 3])) do
    redis.call('DEL', KEYS[i + 1] .. ':' .. kind)
  end
  redis.call('DEL', KEYS[i + 3])
end
return 1`;

/** A stored value: `<flush generation>\n<answer JSON>`; the generation must still be the instance's. */
const HEADER_END = '\n';

/**
 * The store shared by every replica (REDIS_URL), over the replica's command connection, which fails
 * at once while Redis is away (the caller then reads from Connect and stores nothing). Each check
 * and write is one Lua script, so a change and a store never interleave.
 */
export function createRedisStore(redis: Redis, limits: StoreLimits): ReadCacheStore {
  const generationTtl = String(limits.generationTtlMs);
  return {
    async get(keys) {
      if (keys.length === 0) return [];
      const values = await redis.mget(...keys.map(entryKey), ...keys.map((k) => flushKey(k.instanceId)));
      return keys.map((_key, i) => {
        const value = values[i];
        if (value === null || value === undefined) return undefined;
        const end = value.indexOf(HEADER_END);
        if (end < 0 || value.slice(0, end) !== (values[keys.length + i] ?? '')) return undefined;
        return value.slice(end + 1);
      });
    },
    async stamp(keys) {
      if (keys.length === 0) return [];
      const n = keys.length;
      const values = await redis.mget(
        ...keys.map(generationKey),
        ...keys.map((k) => chainGenerationKey(k.instanceId)),
        ...keys.map((k) => flushKey(k.instanceId)),
      );
      return keys.map((_key, i) => JSON.stringify([values[i] ?? '', values[n + i] ?? '', values[2 * n + i] ?? '']));
    },
    async put(key, stamp, root, value) {
      const [generation = '', chains = '', flush = ''] = JSON.parse(stamp) as string[];
      const bytes = Buffer.byteLength(value, 'utf8');
      if (bytes > limits.maxEntryBytes) return false;
      const stored = await redis.eval(
        PUT,
        8,
        entryKey(key),
        generationKey(key),
        chainGenerationKey(key.instanceId),
        flushKey(key.instanceId),
        key.kind === 'contact' ? membersKey(key.instanceId, root) : listingsKey(key),
        INDEX_KEY,
        SIZES_KEY,
        TOTAL_KEY,
        generation,
        chains,
        flush,
        `${flush}${HEADER_END}${value}`,
        String(limits.ttlMs),
        idPart(key.kind === 'contact' ? key.contactId : key.kind),
        generationTtl,
        String(limits.maxEntries),
        String(limits.maxBytes),
        String(bytes),
      );
      return stored === 1;
    },
    async invalidate(key) {
      await redis.eval(INVALIDATE, 3, generationKey(key), contactEntryKey(key), listingsKey(key), generationTtl);
    },
    async invalidateChains(instanceId, roots, { write, unknownRoot }) {
      const perRoot = roots.flatMap((root) => {
        const key = { instanceId, contactId: root };
        return [generationKey(key), contactEntryKey(key), membersKey(instanceId, root), listingsKey(key)];
      });
      await redis.eval(
        INVALIDATE_CHAINS,
        2 + perRoot.length,
        chainGenerationKey(instanceId),
        flushKey(instanceId),
        ...perRoot,
        generationTtl,
        write ? '1' : '0',
        `${PREFIX}e:${idPart(instanceId)}:`,
        unknownRoot ? '1' : '0',
      );
    },
    bytes: async () => Number((await redis.get(TOTAL_KEY)) ?? 0),
  };
}
