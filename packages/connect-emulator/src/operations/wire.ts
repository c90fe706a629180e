import { rawJsonNumber } from '../json-long.ts';
import { keyMap } from '../state/key-map.ts';
import type { StoredContact } from '../state/types.ts';

// restJson1 body timestamps default to epoch seconds (the SDK parses numbers with
// parseEpochTimestamp); milliseconds survive as the fractional part.
export function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    // Prototype-less, so that a map key `__proto__` is written as an entry (state/key-map.ts).
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}

/**
 * The DescribeContact response body for a stored contact and its chain's attributes: the model's
 * Contact has `Attributes`, so they are answered there too (when the chain has any).
 */
export function describeContactBody(stored: StoredContact, attributes: Readonly<Record<string, string>>): string {
  const contact = toWire(stored.contact) as Record<string, unknown>;
  // QueuePriority is a long: written as its exact digits, never through a rounded JS number.
  if (stored.queuePriority !== undefined) contact.QueuePriority = rawJsonNumber(stored.queuePriority);
  if (Object.keys(attributes).length > 0) contact.Attributes = keyMap(attributes);
  return JSON.stringify({ Contact: contact });
}
