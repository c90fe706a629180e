import {
  CONNECT_ERROR_CLASSES,
  type ConnectError,
  type ConnectErrorClass,
  type FieldError as FieldErrorShape,
} from '../connect/errors.ts';
import {
  CONNECT_EXCEPTIONS,
  type ConnectErrorDetail,
  type ConnectExceptionName,
  type ConnectExceptionRow,
} from '../connect/exceptions.ts';
import { builder, GATEWAY_REFUSALS, type GatewaySchemaTypes } from './builder.ts';

// The GraphQL face of the Connect error table: one object type per exception, implementing Error.
// Error types are @shareable: other subgraphs of a supergraph commonly define types with the same
// names (AccessDeniedError, ...), and shareable value types compose instead of clashing.

export const ErrorInterface = builder.interfaceRef<ConnectError>('Error').implement({
  description:
    'Every expected failure implements Error; select `... on Error { message }` to handle all of them, including members added later. Unexpected failures (Connect unreachable, a malformed answer) are not members: they are GraphQL `errors` with a code.',
  fields: (t) => ({
    message: t.exposeString('message', {
      description: 'What went wrong, for people (English; not meant for parsing).',
    }),
  }),
});

export const FieldError = builder.objectRef<FieldErrorShape>('FieldError').implement({
  description: 'One violated input constraint of InvalidParameterError.',
  shareable: true,
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description:
        'Path from the argument to the offending value: field names and list indexes as strings, e.g. ["input", "name"] or ["input", "references", "1", "key"].',
    }),
    message: t.exposeString('message', {
      description:
        'The constraint and what was given, e.g. "must be at most 512 characters long (Unicode code points); got 513".',
    }),
  }),
});

type ErrorFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<GatewaySchemaTypes, ConnectError>;

/** The fields an error shows besides message and requestId, as the table's `details` name them. */
const DETAIL_FIELDS = {
  fieldErrors: (t: ErrorFieldBuilder) =>
    t.field({
      type: [FieldError],
      description:
        'One entry per violated constraint; empty when Connect itself rejected the request without saying which field.',
      resolve: (error) => error.fieldErrors,
    }),
  retryAfterSeconds: (t: ErrorFieldBuilder) =>
    t.exposeInt('retryAfterSeconds', {
      description: "Seconds to wait before retrying: Connect's Retry-After when it sent one, otherwise 1.",
    }),
} satisfies Record<ConnectErrorDetail, unknown>;

function registerErrorType(exception: ConnectExceptionName): void {
  const row: ConnectExceptionRow = CONNECT_EXCEPTIONS[exception];
  builder.objectType(CONNECT_ERROR_CLASSES[exception], {
    name: row.type,
    description: row.description,
    shareable: true,
    interfaces: [ErrorInterface],
    fields: (t) => ({
      requestId: t.exposeString('requestId', {
        nullable: true,
        description:
          'The AWS request id when Amazon Connect produced this error (quote it to AWS support); null when the gateway refused the request before calling Connect.',
      }),
      ...Object.fromEntries((row.details ?? []).map((detail) => [detail, DETAIL_FIELDS[detail](t)])),
    }),
  });
}

const registered = new Set<ConnectExceptionName>();

/**
 * The error classes of a result union, for Pothos' `errors.types`. Each GraphQL error type is
 * registered when a union first lists it, so a table row that no operation documents stays out of
 * the schema.
 */
export function errorTypes(exceptions: readonly ConnectExceptionName[]): ConnectErrorClass[] {
  return exceptions.map((exception) => {
    if (!registered.has(exception)) {
      registered.add(exception);
      registerErrorType(exception);
    }
    return CONNECT_ERROR_CLASSES[exception];
  });
}

// Members of every union (the builder's defaultTypes), whether or not an operation lists them.
errorTypes(GATEWAY_REFUSALS);
