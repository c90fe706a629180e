// The model writes longs as JSON numbers (QueuePriority's max is 2^63 - 1): JSON.parse would round
// them, so integers beyond 2^53 are read from their source text as bigints.

const BIGINT_MARK = '__bigint__:';

interface ReviverContext {
  source?: string;
}

/** JSON.parse, with every integer beyond Number.MAX_SAFE_INTEGER read exactly as a bigint. */
export function parseModelJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: ReviverContext) =>
    typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)
      ? BigInt(context.source)
      : value,
  );
}

/** JSON.stringify with 2-space indentation, writing bigints as the exact digits they were read from. */
export function stringifyModelJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${BIGINT_MARK}${v}` : v), 2);
  return `${text.replaceAll(new RegExp(`"${BIGINT_MARK}(-?\\d+)"`, 'g'), '$1')}\n`;
}
