// What every operation's validation shares: JSON types checked by zod as the service's
// deserializer does, and Connect's constraint messages with lengths counted as Connect counts them.
import type { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { topLevelNumberSource } from '../json-long.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: EmulatedServiceError };

/**
 * Reads a request body as the service's deserializer does: a member of the wrong JSON type is a
 * SerializationException, before any constraint is looked at. `null` members count as absent
 * (use `.nullish()`), unknown members are ignored (use `z.looseObject`).
 */
export function deserialize<T>(schema: z.ZodType<T>, body: unknown): Validated<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [issue] = parsed.error.issues;
  const message = `${issue?.message ?? 'Invalid input'} at '${issue?.path.join('.') ?? ''}'`;
  return { ok: false, error: serviceError('SerializationException', message) };
}

/** The InvalidParameterException Connect answers for a constraint a member breaks. */
export const invalidParameter = (path: string, constraint: string): EmulatedServiceError =>
  serviceError(
    'InvalidParameterException',
    `1 validation error detected: Value at '${path}' failed to satisfy constraint: ${constraint}`,
  );

// Connect counts string lengths in Unicode code points, not UTF-16 units.
function countCodePoints(s: string): number {
  // Fast path: no surrogates means one unit per code point.
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  return [...s].length;
}

function lengthWithin(s: string, min: number, max: number): boolean {
  // A string of more than 2*max units cannot fit; skip the spread for huge inputs.
  if (s.length > max * 2 || s.length < min) return false;
  const n = countCodePoints(s);
  return n >= min && n <= max;
}

/** A length constraint, in code points; absent values pass. */
export function lengthViolation(
  value: string | null | undefined,
  path: string,
  min: number,
  max: number,
): EmulatedServiceError | undefined {
  if (value === null || value === undefined || lengthWithin(value, min, max)) return undefined;
  return invalidParameter(path, `Member must have length between ${min} and ${max}`);
}

/** An enum constraint; absent values pass. */
export function enumViolation(
  value: string | null | undefined,
  path: string,
  allowed: ReadonlySet<string>,
): EmulatedServiceError | undefined {
  if (value === null || value === undefined || allowed.has(value)) return undefined;
  return invalidParameter(path, `Member must satisfy enum value set: [${[...allowed].join(', ')}]`);
}

/** The error for a required member that is absent or `null`. */
export const memberMissing = (path: string): EmulatedServiceError => invalidParameter(path, 'Member must not be null');

/** A required member: absent or `null` breaks "Member must not be null". */
export function requiredViolation(value: unknown, path: string): EmulatedServiceError | undefined {
  return value === null || value === undefined ? memberMissing(path) : undefined;
}

/** A pattern constraint, written in the message as the model writes it; absent values pass. */
export function patternViolation(
  value: string | null | undefined,
  path: string,
  pattern: RegExp,
): EmulatedServiceError | undefined {
  if (value === null || value === undefined || pattern.test(value)) return undefined;
  return invalidParameter(path, `Member must satisfy regular expression pattern: ${pattern.source}`);
}

/** The number of entries of a map or list (same wording as a string's length). */
export function sizeViolation(count: number, path: string, min: number, max: number): EmulatedServiceError | undefined {
  return count >= min && count <= max
    ? undefined
    : invalidParameter(path, `Member must have length between ${min} and ${max}`);
}

/** A numeric range; absent values pass. Bounds are written as the model writes them (`1.0` for floats). */
export function rangeViolation(
  value: number | bigint | null | undefined,
  path: string,
  min: { value: number | bigint; text: string },
  max?: { value: number | bigint; text: string },
): EmulatedServiceError | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < min.value) return invalidParameter(path, `Member must have value greater than or equal to ${min.text}`);
  if (max && value > max.value)
    return invalidParameter(path, `Member must have value less than or equal to ${max.text}`);
  return undefined;
}

/** The first error of a map's entries, in the order sent. */
export function firstEntryViolation<T>(
  map: Readonly<Record<string, T>> | null | undefined,
  check: (key: string, value: T) => EmulatedServiceError | undefined,
): EmulatedServiceError | undefined {
  for (const [key, value] of Object.entries(map ?? {})) {
    const error = check(key, value);
    if (error) return error;
  }
  return undefined;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/;

/**
 * A long body member, read from its JSON digits in the raw body (JSON.parse would round past
 * 2^53). A fraction, an exponent or a value beyond a long cannot be deserialized into one:
 * SerializationException, as for any member of the wrong type. Absent: undefined.
 */
export function longMember(rawBody: string, member: string): Validated<bigint | undefined> {
  const source = topLevelNumberSource(rawBody, member);
  if (source === undefined) return { ok: true, value: undefined };
  const value = INTEGER_LITERAL.test(source) ? BigInt(source) : undefined;
  if (value === undefined || value < LONG_MIN || value > LONG_MAX) {
    return { ok: false, error: serviceError('SerializationException', `${member} must be a long, not ${source}`) };
  }
  return { ok: true, value };
}
