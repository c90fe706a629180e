// Every constraint the emulator checks comes from Connect's service model
// (@connect-gateway/connect-model), as the service generated from it checks them.
import { type ModelOperationName, modelMember } from '@connect-gateway/connect-model';
import type { EmulatedServiceError } from '../errors.ts';
import { enumViolation, lengthViolation, patternViolation, sizeViolation } from './validation.ts';

/** A length (code points) or a list's or map's entries, 0 to unbounded when the model says none. */
export function modelLength(operation: ModelOperationName, path: string): { min: number; max: number } {
  const { min, max } = modelMember(operation, path).constraints;
  return { min: Number(min ?? 0), max: max === undefined ? Number.POSITIVE_INFINITY : Number(max) };
}

/** A number's range with its bounds written as the model writes them (`1.0` for a float). */
export function modelRange(
  operation: ModelOperationName,
  path: string,
): { min: { value: number | bigint; text: string }; max?: { value: number | bigint; text: string } } {
  const { shape, constraints } = modelMember(operation, path);
  const text = (bound: number | bigint) =>
    shape.type === 'float' || shape.type === 'double' ? Number(bound).toFixed(1) : String(bound);
  const min = constraints.min ?? Number.NEGATIVE_INFINITY;
  const range: ReturnType<typeof modelRange> = { min: { value: min, text: text(min) } };
  if (constraints.max !== undefined) range.max = { value: constraints.max, text: text(constraints.max) };
  return range;
}

export type StringCheck = (value: string | null | undefined, wirePath: string) => EmulatedServiceError | undefined;

/** A string member's checks in Connect's order: length, pattern, enum; absent values pass. */
export function modelString(operation: ModelOperationName, path: string): StringCheck {
  const { constraints } = modelMember(operation, path);
  const { min, max } = modelLength(operation, path);
  const pattern = constraints.pattern === undefined ? undefined : new RegExp(constraints.pattern, 'u');
  const allowed = constraints.enum && new Set(constraints.enum);
  return (value, wirePath) =>
    lengthViolation(value, wirePath, min, max) ??
    (pattern && patternViolation(value, wirePath, pattern)) ??
    (allowed && enumViolation(value, wirePath, allowed));
}

/** A list's or map's number of entries. */
export function modelSize(operation: ModelOperationName, path: string) {
  const { min, max } = modelLength(operation, path);
  return (count: number, wirePath: string): EmulatedServiceError | undefined =>
    sizeViolation(count, wirePath, min, max);
}
