/**
 * The id of a change event, as Redis Streams writes it: `<milliseconds>-<sequence>`, both decimal.
 * Without Redis the replica makes ids of the same form, so clients see one format either way.
 */
export interface EventId {
  ms: bigint;
  seq: bigint;
}

/** The longest id a client may send back (Last-Event-ID): two 64-bit numbers and a dash. */
export const MAX_EVENT_ID_LENGTH = 41;

const EVENT_ID = /^(\d{1,20})-(\d{1,20})$/;
const MAX_U64 = 2n ** 64n - 1n;

/** An id from a client or from Redis, or undefined when it is not one (format, length, range). */
export function parseEventId(text: string): EventId | undefined {
  if (text.length > MAX_EVENT_ID_LENGTH) return undefined;
  const [, msDigits, seqDigits] = EVENT_ID.exec(text) ?? [];
  if (msDigits === undefined || seqDigits === undefined) return undefined;
  const ms = BigInt(msDigits);
  const seq = BigInt(seqDigits);
  return ms > MAX_U64 || seq > MAX_U64 ? undefined : { ms, seq };
}

export const formatEventId = (id: EventId): string => `${id.ms}-${id.seq}`;

/** Negative, zero or positive as `a` comes before, is, or comes after `b`. */
export function compareEventIds(a: EventId, b: EventId): number {
  if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
  return a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1;
}

/** Ids of this process, increasing even when the clock steps back (as Redis makes them). */
export function localIdSource(now: () => number = Date.now): () => EventId {
  let last: EventId = { ms: 0n, seq: 0n };
  return () => {
    const ms = BigInt(now());
    last = ms > last.ms ? { ms, seq: 0n } : { ms: last.ms, seq: last.seq + 1n };
    return last;
  };
}
