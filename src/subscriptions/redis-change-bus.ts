import type { RedisConnections } from '../redis/redis-connections.ts';
import type { BusOptions, ChangeBus, StoredChange } from './change-bus.ts';
import { createListeners } from './change-bus.ts';
import { compareEventIds, type EventId, formatEventId, parseEventId } from './event-id.ts';
import { checkMessage, type DropReason } from './redis-message.ts';

/** The one Redis stream of every instance's changes, prefixed: the Redis may be shared with other applications. */
export const CHANGE_STREAM_KEY = 'connect-contact-gateway:contact-changes';
/** The field of a stream entry that holds the event's JSON. */
const EVENT_FIELD = 'event';
/** Entries one XREAD or XRANGE returns at most: a reply stays bounded whatever the stream holds. */
const READ_COUNT = 100;
/** How long one XREAD waits for new entries before it is sent again. */
const BLOCK_MS = 5_000;
const RETRY_MS = 500;

type RawEntry = [id: string, fields: string[]];

/** XINFO STREAM's answer when the key does not exist: nothing was published within the window. */
const noStream = (error: unknown) => {
  if (error instanceof Error && /no such key/i.test(error.message)) return undefined;
  throw error;
};

/** The newest id the stream gave and the newest it trimmed, from XINFO STREAM's flat reply (Redis ≥ 7). */
function streamInfo(reply: unknown): { newest: EventId; trimmed: EventId } | undefined {
  if (!Array.isArray(reply)) return undefined;
  const field = (name: string) => {
    const at = reply.indexOf(name);
    const value: unknown = at >= 0 ? reply[at + 1] : undefined;
    return typeof value === 'string' ? parseEventId(value) : undefined;
  };
  const newest = field('last-generated-id');
  const trimmed = field('max-deleted-entry-id');
  return newest === undefined || trimmed === undefined ? undefined : { newest, trimmed };
}

/**
 * Publishes a change once per key: SET NX of the key (with its TTL) and, only when it was not set,
 * XADD with the same trimming as every publish. One script, so a replica that stops in between
 * cannot leave a key without its change.
 */
const PUBLISH_ONCE = `
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then return false end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', ARGV[3], ARGV[4])
redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return id`;

/** Keys of changes published once, prefixed like the stream. */
const onceKey = (key: string) => `connect-contact-gateway:published-once:${key}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Contact changes between replicas through one Redis stream. Every replica appends with XADD
 * (trimmed to the replay window and to about `replayMaxEvents` entries) and reads with XREAD BLOCK
 * from its own cursor, so a change made while a replica could not reach Redis is read when it can
 * again, as long as the stream still holds it. A reconnecting client is replayed from the same
 * stream (XRANGE), on whichever replica it reaches.
 */
export function createRedisChangeBus(redis: RedisConnections, options: BusOptions): ChangeBus {
  const { logger, maxMessageBytes, replayWindowMs, replayMaxEvents, published, dropped } = options;
  const listeners = createListeners();
  let closed = false;

  const drop = (reason: DropReason) => {
    dropped(reason);
    // The entry may hold contact data, and is anyone's: only why it was dropped is logged.
    logger.warn({ reason }, 'redis: dropped a stream entry that is not a contact change event');
  };

  /** An entry of the stream as a change, or why it is not one. Anyone who can XADD there can write one. */
  const toChange = ([rawId, fields]: RawEntry): StoredChange | DropReason => {
    const id = parseEventId(rawId);
    const message = fields.length === 2 && fields[0] === EVENT_FIELD ? fields[1] : undefined;
    if (id === undefined || message === undefined) return 'malformed';
    const checked = checkMessage(message, maxMessageBytes);
    return 'event' in checked ? { id, event: checked.event } : checked.dropped;
  };

  /** The id of the newest entry, or 0-0: the reader starts after what was published before it. */
  const newestId = async (): Promise<string> => {
    const [last] = (await redis.reader.xrevrange(CHANGE_STREAM_KEY, '+', '-', 'COUNT', 1)) as RawEntry[];
    return last?.[0] ?? '0-0';
  };

  /**
   * The replica's one reader. The reader connection queues commands while Redis is away and sends
   * them again once it is back, so the loop waits through an outage and goes on from its cursor.
   */
  const readLoop = async () => {
    let cursor: string | undefined;
    while (!closed) {
      try {
        cursor ??= await newestId();
        const reply = (await redis.reader.xread(
          'COUNT',
          READ_COUNT,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          CHANGE_STREAM_KEY,
          cursor,
        )) as [string, RawEntry[]][] | null;
        for (const entry of reply?.[0]?.[1] ?? []) {
          cursor = entry[0];
          const change = toChange(entry);
          if (typeof change === 'string') drop(change);
          else listeners.dispatch(change.event, change.id);
        }
      } catch {
        // The connections were closed for good (shutdown): nothing more to read.
        if (redis.reader.status === 'end') return;
        // Redis failed the command: try again shortly, from the same cursor.
        if (!closed) await sleep(RETRY_MS);
      }
    }
  };
  void readLoop();

  const oldestKept = () => `${Math.max(0, Date.now() - replayWindowMs)}-0`;
  const expiry = replayWindowMs + 60_000;

  return {
    async publishOnce(key, ttlSeconds, event) {
      const added = await redis.publisher.eval(
        PUBLISH_ONCE,
        2,
        CHANGE_STREAM_KEY,
        onceKey(key),
        ttlSeconds,
        replayMaxEvents,
        EVENT_FIELD,
        JSON.stringify(event),
        oldestKept(),
        expiry,
      );
      if (added === null) return false;
      published('redis');
      return true;
    },
    publish(_instanceId, build) {
      const event = Object.freeze(build());
      const oldest = oldestKept();
      redis.publisher
        .multi()
        .xadd(CHANGE_STREAM_KEY, 'MAXLEN', '~', replayMaxEvents, '*', EVENT_FIELD, JSON.stringify(event))
        .xtrim(CHANGE_STREAM_KEY, 'MINID', '~', oldest)
        // A stream nobody writes to for a window holds nothing anyone may replay.
        .pexpire(CHANGE_STREAM_KEY, expiry)
        .exec()
        .then((results) => {
          if (results === null || results.some(([error]) => error !== null)) throw new Error('not added');
          published('redis');
        })
        .catch(() => {
          // Redis refused: the change still reaches this replica's own subscribers, without an id
          // (no other replica has it); other replicas' subscribers cannot be reached until Redis is back.
          published('local_fallback');
          listeners.dispatch(event, undefined);
        });
    },
    listen: (instanceId, listener) => listeners.add(instanceId, listener),
    async canReplay(after) {
      if (after.ms < BigInt(Date.now() - replayWindowMs)) return false;
      const info = streamInfo(await redis.publisher.call('XINFO', 'STREAM', CHANGE_STREAM_KEY).catch(noStream));
      return (
        info !== undefined && compareEventIds(after, info.trimmed) >= 0 && compareEventIds(after, info.newest) <= 0
      );
    },
    async readAfter(after, count) {
      // In one transaction, so that what was trimmed is known for exactly the entries read.
      const results = await redis.publisher
        .multi()
        .call('XINFO', 'STREAM', CHANGE_STREAM_KEY)
        .xrange(CHANGE_STREAM_KEY, `(${formatEventId(after)}`, '+', 'COUNT', count)
        .exec();
      const [[, rawInfo] = [], [failed, rawEntries] = []] = results ?? [];
      if (failed) throw failed;
      const info = streamInfo(rawInfo);
      if (info === undefined || compareEventIds(after, info.trimmed) < 0) return 'gone';
      const entries = rawEntries as RawEntry[];
      // Entries that are not change events were counted and logged when the readers met them.
      const changes = entries.map(toChange).filter((change): change is StoredChange => typeof change !== 'string');
      const lastEntry = entries.length === count ? entries[count - 1] : undefined;
      const last = lastEntry === undefined ? undefined : parseEventId(lastEntry[0]);
      return last === undefined ? { changes } : { changes, next: last };
    },
    close() {
      closed = true;
    },
  };
}
