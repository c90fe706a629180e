import { ConnectServiceException } from '@aws-sdk/client-connect';
import { CONNECT_EXCEPTIONS, type ConnectExceptionName, type ConnectExceptionRow, EVERY_UNION } from './exceptions.ts';

/** One violated input constraint, e.g. path ["input", "references", "1", "key"]. */
export interface FieldError {
  path: string[];
  message: string;
}

/** When Connect throttles without a Retry-After header, clients back off at least this long. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

export interface ConnectErrorOptions {
  /** The AWS request id; absent when the gateway refused before calling Connect. */
  requestId?: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
}

/**
 * An expected failure: a Connect exception of the table (src/connect/exceptions.ts), answered by
 * Connect or given by the gateway itself where it refuses first, as Connect would have.
 */
export abstract class ConnectError extends Error {
  readonly exception: ConnectExceptionName;
  readonly requestId: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly retryAfterSeconds: number;

  constructor(exception: ConnectExceptionName, message: string, options: ConnectErrorOptions = {}) {
    super(message);
    this.name = CONNECT_EXCEPTIONS[exception].type;
    this.exception = exception;
    this.requestId = options.requestId;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  }
}

export type ConnectErrorClass = new (message: string, options?: ConnectErrorOptions) => ConnectError;

const errorClass = (exception: ConnectExceptionName): ConnectErrorClass =>
  class extends ConnectError {
    constructor(message: string, options?: ConnectErrorOptions) {
      super(exception, message, options);
    }
  };

/** One class per exception: Pothos' errors plugin tells the members of a union apart by class. */
export const CONNECT_ERROR_CLASSES = Object.fromEntries(
  Object.keys(CONNECT_EXCEPTIONS).map((exception) => [exception, errorClass(exception as ConnectExceptionName)]),
) as Record<ConnectExceptionName, ConnectErrorClass>;

export function connectError(exception: ConnectExceptionName, message: string, options?: ConnectErrorOptions) {
  return new CONNECT_ERROR_CLASSES[exception](message, options);
}

/** Why a Connect call failed in a way Connect does not document; the edge gives each kind its code. */
export type UpstreamFailureKind = 'unavailable' | 'credentials' | 'bad-response' | 'unexpected';

/** A failure Connect does not document for the call; clients see it masked, operators its cause. */
export class UpstreamFailure extends Error {
  override name = 'UpstreamFailure';
  readonly kind: UpstreamFailureKind;
  constructor(kind: UpstreamFailureKind, cause: unknown) {
    super(`Connect call failed (${kind})`, { cause });
    this.kind = kind;
  }
}

/** Connect answered 2xx with a body that is not the JSON the operation defines. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError';
}

function retryAfterSeconds(error: ConnectServiceException): number | undefined {
  const header = error.$response?.headers['retry-after'];
  const seconds = header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/**
 * The SDK could not resolve credentials to sign the call with (an expired role or SSO session, a
 * profile gone): Connect was not called. Told by name, as the SDK's provider errors (smithy's
 * CredentialsProviderError, TokenProviderError) set it, so that no copy of their class is needed.
 */
const isCredentialsFailure = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'CredentialsProviderError' || error.name === 'TokenProviderError');

/**
 * Turns whatever a Connect call threw into a domain error: an exception the operation documents, or
 * one every union holds (EVERY_UNION: Connect's 403 and 429, InvalidParameterException), becomes
 * its ConnectError, anything else an UpstreamFailure. Never a value that could pass for success.
 */
export function fromConnectException(error: unknown, documented: readonly ConnectExceptionName[]): Error {
  if (isCredentialsFailure(error)) return new UpstreamFailure('credentials', error);
  if (!(error instanceof ConnectServiceException)) {
    const malformed = error instanceof MalformedResponseError || error instanceof SyntaxError;
    return new UpstreamFailure(malformed ? 'bad-response' : 'unavailable', error);
  }
  const exception = [...documented, ...EVERY_UNION].find((name) => name === error.name);
  if (exception === undefined) return new UpstreamFailure('unexpected', error);
  const row: ConnectExceptionRow = CONNECT_EXCEPTIONS[exception];
  return connectError(exception, row.fixedMessage ?? error.message, {
    requestId: error.$metadata.requestId,
    retryAfterSeconds: retryAfterSeconds(error),
  });
}

/** A rejection as an Error: DataLoader treats an Error in the result array as that key's failure. */
export const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
