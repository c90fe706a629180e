// Connect's longs reach 2^63-1; a JS number is exact only to 2^53. These read and write such a
// number as its JSON digits (JSON.parse source text access and JSON.rawJSON, Node 21+).

interface JsonWithSource {
  parse(
    text: string,
    reviver: (this: unknown, key: string, value: unknown, context: { source?: string }) => unknown,
  ): unknown;
  rawJSON(text: string): unknown;
}
const json = JSON as unknown as JsonWithSource;

/**
 * The source text of a top-level member's number (`{"QueuePriority": 9223372036854775807}` →
 * `'9223372036854775807'`); undefined when the member is absent or not a number, or the text is not JSON.
 */
export function topLevelNumberSource(text: string, member: string): string | undefined {
  const sources = new Map<unknown, string>();
  let root: unknown;
  try {
    // Revivers run bottom-up; the root comes last, so keep each holder's source and pick the root's.
    root = json.parse(text, function (key, value, context) {
      if (key === member && typeof value === 'number' && context.source !== undefined)
        sources.set(this, context.source);
      return value;
    });
  } catch {
    return undefined;
  }
  return sources.get(root);
}

/** A value JSON.stringify writes as these exact digits. */
export const rawJsonNumber = (value: bigint): unknown => json.rawJSON(value.toString());

/** JSON.stringify that writes bigints as exact JSON numbers. */
export const stringifyWithLongs = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? rawJsonNumber(v) : v));
