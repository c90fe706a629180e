import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { type ConnectError, connectError, type FieldError } from '../connect/errors.ts';

export function toFieldErrors(issues: readonly StandardSchemaV1.Issue[]): FieldError[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)),
    message: issue.message,
  }));
}

/** All violations of one input as one InvalidParameterError, before any call to Connect. */
export function toInvalidParameterError(issues: readonly StandardSchemaV1.Issue[]): ConnectError {
  const fieldErrors = toFieldErrors(issues);
  const summary = fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
  return connectError('InvalidParameterException', `Invalid input: ${summary}`, { fieldErrors });
}
