import { GraphQLError } from 'graphql';
import { ConnectError, InvalidParameterError, ThrottlingError } from '../connect/errors.ts';

/** `ResourceNotFoundError` → `RESOURCE_NOT_FOUND`: the code a supergraph client sees. */
const codeOf = (error: ConnectError): string =>
  error.name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * `_entities` has no result union, so a documented Connect error for one representation becomes
 * that entity's GraphQL error, with a readable message and a code instead of yoga's masked one.
 * Anything else (already a masked, coded GraphQLError, or a bug) passes through unchanged.
 */
export function toEntityError(error: unknown): unknown {
  if (!(error instanceof ConnectError)) return error;
  // `requestId` in extensions is the gateway's own id (useRequestId); Connect's has its own key.
  const extensions: Record<string, unknown> = { code: codeOf(error), awsRequestId: error.requestId };
  if (error instanceof ThrottlingError) extensions.retryAfterSeconds = error.retryAfterSeconds;
  if (error instanceof InvalidParameterError) extensions.fieldErrors = error.fieldErrors;
  return new GraphQLError(error.message, { extensions });
}
