import { GraphQLError } from 'graphql';
import { type MaskError, maskError as maskUnexpected } from 'graphql-yoga';
import { UpstreamFailure, type UpstreamFailureKind } from '../connect/errors.ts';
import { ErrorCode } from '../error-codes.ts';

const UPSTREAM_CODES = {
  unavailable: ErrorCode.CONNECT_UNAVAILABLE,
  credentials: ErrorCode.CONNECT_CREDENTIALS_UNAVAILABLE,
  'bad-response': ErrorCode.CONNECT_BAD_RESPONSE,
  unexpected: ErrorCode.CONNECT_UNEXPECTED_ERROR,
} as const satisfies Record<UpstreamFailureKind, ErrorCode>;

/**
 * yoga's `maskedErrors.maskError`, the one place unexpected failures get their code. A Connect call
 * that failed in a way Connect does not document reads as a fixed message with a CONNECT_* code
 * (the failure stays on the error as `originalError`, for the error log); anything else is masked
 * by yoga itself. GraphQL errors of our own (FORBIDDEN, validation) pass unchanged.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const located = error instanceof GraphQLError ? error : undefined;
  const failure = located ? located.originalError : error;
  if (!(failure instanceof UpstreamFailure)) return maskUnexpected(error, message, isDev);
  return new GraphQLError('Amazon Connect did not complete the request.', {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    originalError: failure,
    extensions: { code: UPSTREAM_CODES[failure.kind] },
  });
};
