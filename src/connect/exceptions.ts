/** What an error shows besides `message` and `requestId`. */
export type ConnectErrorDetail = 'fieldErrors' | 'retryAfterSeconds';

export interface ConnectExceptionRow {
  /** The GraphQL type (a union member implementing Error), and the domain error's `name`. */
  type: string;
  /** `extensions.code` when the error reaches a client outside a union, as in `_entities`. */
  code: string;
  /** The GraphQL type's description: what happened, and whether to retry. */
  description: string;
  details?: readonly ConnectErrorDetail[];
  /**
   * The message clients get instead of Connect's, where Connect's describes its own internals
   * rather than the request. The AWS request id stays in `requestId`.
   */
  fixedMessage?: string;
}

/**
 * Every Connect exception the gateway can answer with, by the SDK's name for it. An operation lists
 * the ones Connect documents for it; only those become members of its result union (and GraphQL
 * types: a row no operation lists is not in the schema), any other is CONNECT_UNEXPECTED_ERROR.
 * Adding a Connect error is one row here.
 */
export const CONNECT_EXCEPTIONS = {
  InvalidParameterException: {
    type: 'InvalidParameterError',
    code: 'INVALID_PARAMETER',
    description:
      "One or more inputs violate the operation's documented constraints (Connect: InvalidParameterException, 400). The gateway checks every documented limit itself and reports all violations at once without calling Connect. Not retryable: fix the input (see fieldErrors).",
    details: ['fieldErrors'],
  },
  InvalidRequestException: {
    type: 'InvalidRequestError',
    code: 'INVALID_REQUEST',
    description:
      "The request as a whole is not valid (Connect: InvalidRequestException, 400): e.g. nothing to update, both or neither of two alternatives given (checked by the gateway without calling Connect), an operation the contact's channel or state does not allow, or a write that would take a contact past a limit that depends on what it already holds (its attributes' total size, its number of tags) (answered by Connect). Not retryable as is: change the request.",
  },
  ResourceNotFoundException: {
    type: 'ResourceNotFoundError',
    code: 'RESOURCE_NOT_FOUND',
    description:
      'The instance or contact does not exist, or is no longer kept by Connect (Connect: ResourceNotFoundException, 404). Not retryable: check instanceId and contactId.',
  },
  ThrottlingException: {
    type: 'ThrottlingError',
    code: 'THROTTLING',
    description:
      "Connect's request rate was exceeded even after the gateway's own retries with backoff (Connect: ThrottlingException, 429), or the gateway's budget for Connect's quota could not send the call before the request's deadline (then Connect was not called and requestId is null). Retryable: wait `retryAfterSeconds`, then send the same request again.",
    details: ['retryAfterSeconds'],
  },
  InternalServiceException: {
    type: 'InternalServiceError',
    code: 'INTERNAL_SERVICE',
    description:
      "Connect failed internally, even after the gateway's own retries (Connect: InternalServiceException, 500). Retryable later, with backoff; the change may or may not have been applied. The message is always the same; requestId names the failed call for AWS Support.",
    fixedMessage:
      'Amazon Connect failed internally. Retry later with backoff; requestId names the failed call for AWS Support.',
  },
  AccessDeniedException: {
    type: 'AccessDeniedError',
    code: 'ACCESS_DENIED',
    description:
      "The caller may not act on this instance: refused by Connect (AccessDeniedException, 403) or, without a call, by the gateway's instance allow-list or the token's instance claim. Not retryable: the caller needs access.",
  },
  ConflictException: {
    type: 'ConflictError',
    code: 'CONFLICT',
    description:
      'The contact is in a state that conflicts with the change, e.g. pausing a task that is already paused (Connect: ConflictException, 409). Not retryable as is: read the contact and decide.',
  },
  InvalidActiveRegionException: {
    type: 'InvalidActiveRegionError',
    code: 'INVALID_ACTIVE_REGION',
    description:
      'The request reached a Region that is not currently active for the instance, e.g. during a Connect global resiliency failover (Connect: InvalidActiveRegionException, 400). Not retryable against this gateway: the instance is served from another Region.',
  },
  ResourceConflictException: {
    type: 'ResourceConflictError',
    code: 'RESOURCE_CONFLICT',
    description:
      'The change conflicts with the current state of the contact, e.g. new routing data for a contact that is not waiting in a queue (Connect: ResourceConflictException, 409). Not retryable as is: read the contact and decide.',
  },
  LimitExceededException: {
    type: 'LimitExceededError',
    code: 'LIMIT_EXCEEDED',
    description:
      'A limit Connect sets on the contact or instance was reached, e.g. a task paused 10 times already (Connect: LimitExceededException, 429). Unlike ThrottlingError this is not about the request rate: not retryable as is.',
  },
  IdempotencyException: {
    type: 'IdempotencyError',
    code: 'IDEMPOTENCY',
    description:
      'The clientToken was already used for a different request (Connect: IdempotencyException, 409). Not retryable as is: a new request needs a new clientToken. Retrying the same request with the same clientToken is safe: it answers the first answer again.',
  },
  ServiceQuotaExceededException: {
    type: 'ServiceQuotaExceededError',
    code: 'SERVICE_QUOTA_EXCEEDED',
    description:
      'A service quota was reached, e.g. a contact already transferred 11 times, the most Connect allows (Connect: ServiceQuotaExceededException, 402). Not retryable for the same contact unless the quota allows it.',
  },
  ContactNotFoundException: {
    type: 'ContactNotFoundError',
    code: 'CONTACT_NOT_FOUND',
    description:
      'The voice contact is not active, e.g. it has already ended, or does not exist (Connect: ContactNotFoundException, 410). Not retryable: there is nothing left to stop.',
  },
} as const satisfies Record<string, ConnectExceptionRow>;

export type ConnectExceptionName = keyof typeof CONNECT_EXCEPTIONS;

/**
 * Members of every result union, whatever the operation documents: the gateway's own refusals
 * (input validation, the instance allow-list, the quota budget) and Connect's answers any API can
 * give, 403 and 429. Connect's own exception of these names maps to its member like a documented one.
 */
export const EVERY_UNION = [
  'InvalidParameterException',
  'AccessDeniedException',
  'ThrottlingException',
] as const satisfies readonly ConnectExceptionName[];
