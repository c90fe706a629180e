import {
  AccessDeniedError,
  ConflictError,
  type ConnectError,
  type FieldError as FieldErrorShape,
  InternalServiceError,
  InvalidActiveRegionError,
  InvalidParameterError,
  InvalidRequestError,
  ResourceNotFoundError,
  ThrottlingError,
} from '../connect/errors.ts';
import { builder } from './builder.ts';

// Error types are @shareable: other subgraphs of a supergraph commonly define types with the same
// names (AccessDeniedError, ...), and shareable value types compose instead of clashing.

const REQUEST_ID_DESCRIPTION =
  'The AWS request id when Amazon Connect produced this error (quote it to AWS support); null when the gateway refused the request before calling Connect.';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description:
    'Every expected failure implements Error; select `... on Error { message }` to handle all of them, including members added later. Unexpected failures (Connect unreachable, a malformed answer) are not members: they are GraphQL `errors` with a code.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people (English; not meant for parsing).' }),
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
      description: 'The constraint and what was given, e.g. "must be at most 512 characters long (Unicode code points); got 513".',
    }),
  }),
});

/** Registers a domain error class as a union-ready GraphQL object type implementing Error. */
function connectErrorType(
  errorClass: new (message: string, requestId?: string) => ConnectError,
  name: string,
  description: string,
) {
  return builder.objectType(errorClass, {
    name,
    description,
    shareable: true,
    interfaces: [ErrorInterface],
    fields: (t) => ({
      requestId: t.exposeString('requestId', {
        nullable: true,
        description: REQUEST_ID_DESCRIPTION,
      }),
    }),
  });
}

export const InvalidParameterErrorType = builder.objectType(InvalidParameterError, {
  name: 'InvalidParameterError',
  description:
    'One or more inputs violate UpdateContact\'s constraints (Connect: InvalidParameterException, 400). The gateway checks every documented limit itself and reports all violations at once without calling Connect. Not retryable: fix the input (see fieldErrors).',
  shareable: true,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    requestId: t.exposeString('requestId', { nullable: true, description: REQUEST_ID_DESCRIPTION }),
    fieldErrors: t.field({
      type: [FieldError],
      description:
        'One entry per violated constraint; empty when Connect itself rejected the request without saying which field.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

export const InvalidRequestErrorType = connectErrorType(
  InvalidRequestError,
  'InvalidRequestError',
  'The request as a whole is not valid, e.g. nothing to update: none of name, description, references given (Connect: InvalidRequestException, 400). Not retryable as is: change the request.',
);
export const ResourceNotFoundErrorType = connectErrorType(
  ResourceNotFoundError,
  'ResourceNotFoundError',
  'The instance or contact does not exist, or is no longer kept by Connect (Connect: ResourceNotFoundException, 404). Not retryable: check instanceId and contactId.',
);
export const ThrottlingErrorType = builder.objectType(ThrottlingError, {
  name: 'ThrottlingError',
  description:
    'Connect\'s request rate was exceeded even after the gateway\'s own retries with backoff (Connect: ThrottlingException, 429). Retryable: wait `retryAfterSeconds`, then send the same request again.',
  shareable: true,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    requestId: t.exposeString('requestId', { nullable: true, description: REQUEST_ID_DESCRIPTION }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      description: 'Seconds to wait before retrying: Connect\'s Retry-After when it sent one, otherwise 1.',
    }),
  }),
});
export const InternalServiceErrorType = connectErrorType(
  InternalServiceError,
  'InternalServiceError',
  'Connect failed internally, even after the gateway\'s own retries (Connect: InternalServiceException, 500). Retryable later, with backoff; the update may or may not have been applied.',
);
export const AccessDeniedErrorType = connectErrorType(
  AccessDeniedError,
  'AccessDeniedError',
  'The caller may not act on this instance: refused by Connect (AccessDeniedException, 403) or, without a call, by the gateway\'s instance allow-list or the token\'s instance claim. Not retryable: the caller needs access.',
);
export const ConflictErrorType = connectErrorType(
  ConflictError,
  'ConflictError',
  'The contact is in a state that conflicts with the update (Connect: ConflictException, 409). Not retryable as is: read the contact and decide.',
);
export const InvalidActiveRegionErrorType = connectErrorType(
  InvalidActiveRegionError,
  'InvalidActiveRegionError',
  'The request reached a Region that is not currently active for the instance, e.g. during a Connect global resiliency failover (Connect: InvalidActiveRegionException, 400). Not retryable against this gateway: the instance is served from another Region.',
);

/** Every documented UpdateContact error, in the contract's order. */
export const CONNECT_ERROR_CLASSES = [
  InvalidParameterError,
  InvalidRequestError,
  ResourceNotFoundError,
  ThrottlingError,
  InternalServiceError,
  AccessDeniedError,
  ConflictError,
  InvalidActiveRegionError,
];
