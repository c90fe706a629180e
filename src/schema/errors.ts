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

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Every expected failure implements Error; select `... on Error { message }` to handle all.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
  }),
});

export const FieldError = builder.objectRef<FieldErrorShape>('FieldError').implement({
  description: 'One violated input constraint.',
  shareable: true,
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Path from the argument to the offending value, e.g. ["input", "references", "1", "key"].',
    }),
    message: t.exposeString('message'),
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
        description: 'The AWS request id when Amazon Connect produced this error; null when the gateway refused first.',
      }),
    }),
  });
}

export const InvalidParameterErrorType = builder.objectType(InvalidParameterError, {
  name: 'InvalidParameterError',
  description:
    'One or more inputs violate UpdateContact\'s constraints (Connect: InvalidParameterException, 400). Not retryable as is.',
  shareable: true,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    requestId: t.exposeString('requestId', { nullable: true }),
    fieldErrors: t.field({
      type: [FieldError],
      description: 'One entry per violated constraint; empty when Connect rejected the request without detail.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

export const InvalidRequestErrorType = connectErrorType(
  InvalidRequestError,
  'InvalidRequestError',
  'The request is not valid, e.g. nothing to update (Connect: InvalidRequestException, 400). Not retryable as is.',
);
export const ResourceNotFoundErrorType = connectErrorType(
  ResourceNotFoundError,
  'ResourceNotFoundError',
  'The instance or contact does not exist (Connect: ResourceNotFoundException, 404).',
);
export const ThrottlingErrorType = builder.objectType(ThrottlingError, {
  name: 'ThrottlingError',
  description:
    'Connect\'s request rate was exceeded even after the gateway\'s retries (Connect: ThrottlingException, 429). Retry after `retryAfterSeconds`.',
  shareable: true,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    requestId: t.exposeString('requestId', { nullable: true }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      description: 'Seconds to wait before retrying (from Retry-After when Connect sent one).',
    }),
  }),
});
export const InternalServiceErrorType = connectErrorType(
  InternalServiceError,
  'InternalServiceError',
  'Connect failed internally, even after the gateway\'s retries (Connect: InternalServiceException, 500). Retryable later.',
);
export const AccessDeniedErrorType = connectErrorType(
  AccessDeniedError,
  'AccessDeniedError',
  'The caller or the gateway may not act on this instance (Connect: AccessDeniedException, 403; also the gateway\'s instance allow-list).',
);
export const ConflictErrorType = connectErrorType(
  ConflictError,
  'ConflictError',
  'The contact is in a state that conflicts with the update (Connect: ConflictException, 409).',
);
export const InvalidActiveRegionErrorType = connectErrorType(
  InvalidActiveRegionError,
  'InvalidActiveRegionError',
  'The request was sent to a Region that is not active for the instance (Connect: InvalidActiveRegionException, 400).',
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
