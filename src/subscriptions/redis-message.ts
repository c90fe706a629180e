import { type ContactChangeEvent, contactChangeEventSchema } from './contact-change.ts';

/**
 * Deepest nesting of objects and lists a change message may have. An event is 3 levels around its
 * values (the event, `changes`, one change); a value nests no deeper than the variables that gave it
 * (MAX_VARIABLES_DEPTH, 64). Past this the message is dropped before anything recursive reads it:
 * JSON.parse and zod's z.json() both recurse, and a few thousand levels overflow the stack.
 */
export const MAX_MESSAGE_DEPTH = 72;

/** Why a message from Redis was not delivered: the label values of the dropped-message metric. */
export type DropReason = 'too_large' | 'too_deep' | 'malformed';

export type MessageCheck = { event: ContactChangeEvent } | { dropped: DropReason };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether `text` opens more than `max` objects and lists inside each other, outside strings: one
 * pass, no recursion, so its cost is the message's length whatever its shape. Malformed JSON is
 * left to JSON.parse, which then meets nesting no deeper than `max`.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
  }
  return false;
}

/**
 * A message from Redis as a change event, or why it was dropped. Anyone who can XADD there can
 * send one, so size (UTF-8 bytes) and depth are checked first, in linear time, and only then is it
 * parsed and validated.
 */
export function checkMessage(message: string, maxBytes: number): MessageCheck {
  // A string of n UTF-16 units has at least n UTF-8 bytes: a long one is refused without counting.
  if (message.length > maxBytes || Buffer.byteLength(message, 'utf8') > maxBytes) return { dropped: 'too_large' };
  if (nestsDeeperThan(message, MAX_MESSAGE_DEPTH)) return { dropped: 'too_deep' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return { dropped: 'malformed' };
  }
  const result = contactChangeEventSchema.safeParse(parsed);
  return result.success ? { event: result.data } : { dropped: 'malformed' };
}
