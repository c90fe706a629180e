import type { StoredContact } from '../state/types.ts';

// restJson1 body timestamps default to epoch seconds (the SDK parses numbers with
// parseEpochTimestamp); milliseconds survive as the fractional part.
function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}

/** The DescribeContact response body for a stored contact. */
export const describeContactBody = (stored: StoredContact): string =>
  JSON.stringify({ Contact: toWire(stored.contact) });
