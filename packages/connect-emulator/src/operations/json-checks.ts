// Small checks for hand-validating a parsed JSON body; each failure throws a Rejection
// carrying the Connect error to answer with.
import { lengthWithin } from './code-points.ts';
import { serviceError } from '../errors.ts';
import type { EmulatedServiceError } from '../errors.ts';

// Thrown inside the validator to short-circuit; converted to a result at the edge.
export class Rejection extends Error {
  readonly error: EmulatedServiceError;
  constructor(error: EmulatedServiceError) {
    super(error.message);
    this.error = error;
  }
}

export function invalid(path: string, constraint: string): never {
  throw new Rejection(
    serviceError('InvalidParameterException', `1 validation error detected: Value at '${path}' failed to satisfy constraint: ${constraint}`),
  );
}
// Wrong JSON types are rejected by the service's deserializer, before validation.
export function wrongType(path: string, expected: string): never {
  throw new Rejection(serviceError('SerializationException', `Expected ${expected} at '${path}'`));
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function optString(obj: Json, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : wrongType(`${path}${key}`, 'a string');
}
export function optObject(obj: Json, key: string, path: string): Json | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  return isObject(v) ? v : wrongType(`${path}${key}`, 'an object');
}
export function checkLength(s: string | undefined, path: string, min: number, max: number): void {
  if (s !== undefined && !lengthWithin(s, min, max)) {
    invalid(path, `Member must have length between ${min} and ${max}`);
  }
}
export const nonEmpty = <T,>(map: Record<string, T>): Record<string, T> | undefined =>
  Object.keys(map).length > 0 ? map : undefined;
