import {
  AccessDeniedException,
  ConflictException,
  ConnectServiceException,
  InternalServiceException,
  InvalidActiveRegionException,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-connect';
import { GraphQLError } from 'graphql';

/** One violated input constraint, e.g. path ["input", "references", "1", "key"]. */
export interface FieldError {
  path: string[];
  message: string;
}

/**
 * Expected failures of a Connect call. Each maps one-to-one to a GraphQL union member; `requestId`
 * is the AWS request id when Connect produced the error, absent when the gateway refused first.
 */
export abstract class ConnectError extends Error {
  readonly requestId: string | undefined;
  constructor(message: string, requestId?: string) {
    super(message);
    this.requestId = requestId;
  }
}

export class InvalidParameterError extends ConnectError {
  override name = 'InvalidParameterError';
  readonly fieldErrors: FieldError[];
  constructor(message: string, fieldErrors: FieldError[] = [], requestId?: string) {
    super(message, requestId);
    this.fieldErrors = fieldErrors;
  }
}

export class InvalidRequestError extends ConnectError {
  override name = 'InvalidRequestError';
}

export class ResourceNotFoundError extends ConnectError {
  override name = 'ResourceNotFoundError';
}

export class ThrottlingError extends ConnectError {
  override name = 'ThrottlingError';
  /** Seconds the client should wait before retrying, from Connect's Retry-After when it sent one. */
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number, requestId?: string) {
    super(message, requestId);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class InternalServiceError extends ConnectError {
  override name = 'InternalServiceError';
}

export class AccessDeniedError extends ConnectError {
  override name = 'AccessDeniedError';
}

export class ConflictError extends ConnectError {
  override name = 'ConflictError';
}

export class InvalidActiveRegionError extends ConnectError {
  override name = 'InvalidActiveRegionError';
}

/** When Connect throttles without a Retry-After header, clients back off at least this long. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

function retryAfterSeconds(error: ConnectServiceException): number {
  const header = error.$response?.headers['retry-after'];
  const seconds = header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SECONDS;
}

/** Error codes of the masked GraphQL errors for failures Connect does not document. */
export const UpstreamErrorCode = {
  /** network failure, connection reset, timeout after the SDK's retries */
  UNAVAILABLE: 'CONNECT_UNAVAILABLE',
  /** Connect answered something the SDK could not read */
  BAD_RESPONSE: 'CONNECT_BAD_RESPONSE',
  /** an error Connect does not document for this operation */
  UNEXPECTED: 'CONNECT_UNEXPECTED_ERROR',
} as const;

/** Connect answered 2xx with a body that is not the JSON the operation defines. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError';
}

function upstreamFailure(error: unknown): GraphQLError {
  let code: string = UpstreamErrorCode.UNAVAILABLE;
  if (error instanceof ConnectServiceException) code = UpstreamErrorCode.UNEXPECTED;
  else if (error instanceof MalformedResponseError || error instanceof SyntaxError)
    code = UpstreamErrorCode.BAD_RESPONSE;
  // The message is fixed and says nothing internal. The cause is kept off the wire (GraphQLError
  // serialises only message, path and extensions) for logging; passing it as originalError would
  // make yoga mask the code too.
  const failure = new GraphQLError('Amazon Connect did not complete the request.', { extensions: { code } });
  Object.defineProperty(failure, 'cause', { value: error, enumerable: false });
  return failure;
}

/**
 * Turns whatever a Connect call threw into a documented domain error, or into a masked GraphQL
 * error with a code. Never returns a value that could pass for success.
 */
export function fromConnectException(error: unknown): Error {
  if (!(error instanceof ConnectServiceException)) return upstreamFailure(error);
  const message = error.message;
  const requestId = error.$metadata.requestId;
  if (error instanceof InvalidParameterException) return new InvalidParameterError(message, [], requestId);
  if (error instanceof InvalidRequestException) return new InvalidRequestError(message, requestId);
  if (error instanceof ResourceNotFoundException) return new ResourceNotFoundError(message, requestId);
  if (error instanceof ThrottlingException)
    return new ThrottlingError(message, retryAfterSeconds(error), requestId);
  if (error instanceof InternalServiceException) return new InternalServiceError(message, requestId);
  if (error instanceof AccessDeniedException) return new AccessDeniedError(message, requestId);
  if (error instanceof ConflictException) return new ConflictError(message, requestId);
  if (error instanceof InvalidActiveRegionException) return new InvalidActiveRegionError(message, requestId);
  return upstreamFailure(error);
}
