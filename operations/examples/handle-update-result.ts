// What a frontend writes after `updateContact`: one branch per union member, checked exhaustively
// by TypeScript against the generated types. docs/frontend-guide.md shows this same code, and
// test/frontend/ runs it against the real gateway, so neither can rot.
import type { UpdateContactMutation } from '../generated/graphql.ts';

export type UpdateContactResult = UpdateContactMutation['updateContact'];

/** What the screen does next. */
export type UpdateOutcome =
  | { kind: 'saved'; name: string | null | undefined }
  | { kind: 'fix-input'; message: string; fields: { field: string; message: string }[] }
  | { kind: 'retry'; afterSeconds: number; message: string }
  | { kind: 'failed'; message: string; requestId: string | null | undefined };

/** Back-off for InternalServiceError, which carries no hint: the gateway already retried. */
const INTERNAL_ERROR_RETRY_SECONDS = 30;

export function handleUpdateResult(result: UpdateContactResult): UpdateOutcome {
  switch (result.__typename) {
    case 'UpdateContactSuccess':
      return { kind: 'saved', name: result.contact.name };
    case 'InvalidParameterError':
      // path is ["input", field, ...]: e.g. ["input", "name"] or ["input", "references", "1", "key"].
      return {
        kind: 'fix-input',
        message: result.message,
        fields: result.fieldErrors.map((e) => ({ field: e.path.slice(1).join('.'), message: e.message })),
      };
    case 'InvalidRequestError':
      return { kind: 'fix-input', message: result.message, fields: [] };
    case 'ThrottlingError':
      return { kind: 'retry', afterSeconds: result.retryAfterSeconds, message: result.message };
    case 'InternalServiceError':
      return { kind: 'retry', afterSeconds: INTERNAL_ERROR_RETRY_SECONDS, message: result.message };
    case 'ResourceNotFoundError':
    case 'AccessDeniedError':
    case 'ConflictError':
    case 'InvalidActiveRegionError':
      return { kind: 'failed', message: result.message, requestId: result.requestId };
    default: {
      // A compile error here means the schema gained a member: handle it above.
      const unhandled: never = result;
      // At run time an older build can still meet a newer member: every one implements Error.
      return { kind: 'failed', message: (unhandled as { message?: string }).message ?? 'Unexpected answer', requestId: null };
    }
  }
}
