// Connect's longs reach 2^63 - 1; a JS number is exact only up to 2^53 - 1. These read and write
// such an integer as its JSON digits, with JSON.parse's source text access and JSON.rawJSON
// (Node 21+; not yet in TypeScript's lib, hence the interface).

interface JsonWithSourceText {
  parse(
    text: string,
    reviver: (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown,
  ): unknown;
  rawJSON(text: string): unknown;
}
const json = JSON as unknown as JsonWithSourceText;

const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/** The range of a signed 64-bit integer: Smithy's `long`, as Connect's model types QueuePriority. */
export const LONG_RANGE = { min: -(2n ** 63n), max: 2n ** 63n - 1n } as const;

export const isLong = (value: bigint): boolean => value >= LONG_RANGE.min && value <= LONG_RANGE.max;

const member = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;

/**
 * The integer at `path` of a JSON text, exactly as written (`{"A": {"B": 9223372036854775807}}`,
 * ['A', 'B'] → 9223372036854775807n); undefined when absent or not an integer.
 */
export function integerAt(text: string, path: readonly [string, ...string[]]): bigint | undefined {
  const key = path[path.length - 1];
  // Each number's source text, by the object holding it: the reviver sees holders, not paths.
  const sources = new Map<unknown, string>();
  const root = json.parse(text, function (this: unknown, name, value, context) {
    if (name === key && typeof value === 'number' && context?.source !== undefined) sources.set(this, context.source);
    return value;
  });
  const holder = path.slice(0, -1).reduce<unknown>(member, root);
  const source = sources.get(holder);
  return source !== undefined && INTEGER.test(source) ? BigInt(source) : undefined;
}

/** A JSON object's text with its top-level `key` set to exactly `value`. */
export function withIntegerMember(text: string, key: string, value: bigint): string {
  const object = JSON.parse(text) as Record<string, unknown>;
  object[key] = json.rawJSON(value.toString());
  return JSON.stringify(object);
}
