import { nestsDeeperThan } from '../../subscriptions/redis-message.ts';

/**
 * Deepest nesting a stored answer may have. DescribeContact's deepest part (routing criteria:
 * steps, expression, and/or lists, attribute condition, match criteria) is about 10 levels.
 */
const MAX_DEPTH = 32;

/** Why a stored value was not used: a label value of the cache's metrics. */
export type RejectReason = 'too_large' | 'malformed';

/**
 * A stored value parsed, or why it was refused. Redis is anyone's who can reach it: the size
 * (UTF-8 bytes) and depth are checked in linear time before parsing; the caller checks the shape.
 */
export function parseStored(
  text: string,
  maxBytes: number,
  reviver?: (key: string, value: unknown) => unknown,
): unknown | RejectReason {
  // A string of n UTF-16 units has at least n UTF-8 bytes: a long one is refused without counting.
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) return 'too_large';
  if (nestsDeeperThan(text, MAX_DEPTH)) return 'malformed';
  try {
    return JSON.parse(text, reviver);
  } catch {
    return 'malformed';
  }
}

export const isRejected = (value: unknown): value is RejectReason => value === 'too_large' || value === 'malformed';
