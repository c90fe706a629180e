import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { type FieldError, InvalidParameterError } from '../connect/errors.ts';

export function toFieldErrors(issues: readonly StandardSchemaV1.Issue[]): FieldError[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((segment) =>
      String(typeof segment === 'object' ? segment.key : segment),
    ),
    message: issue.message,
  }));
}

export function toInvalidParameterError(issues: readonly StandardSchemaV1.Issue[]): InvalidParameterError {
  const fieldErrors = toFieldErrors(issues);
  const summary = fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
  return new InvalidParameterError(`Invalid input: ${summary}`, fieldErrors);
}
