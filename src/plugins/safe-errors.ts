import { type ExecutionResult, GraphQLError } from 'graphql';
import { safeErrorMessage } from './safe-error-message.ts';
import type { ResultMap } from './use-result-maps.ts';

export function withSafeErrors(result: ExecutionResult, production: boolean): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    // yoga puts the parser's message (with a slice of the body) in extensions.originalError. It also
    // reads that entry to answer a malformed body 400 rather than 200: keep the status, drop the text.
    const extensions = error.extensions as { originalError?: unknown; http?: { status?: number; spec?: boolean } };
    if (extensions.originalError !== undefined) {
      delete extensions.originalError;
      if (extensions.http?.spec) extensions.http = { status: extensions.http.status };
    }
    const message = safeErrorMessage(error.message, production);
    if (message === error.message) return error;
    return new GraphQLError(message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
  return { ...result, errors };
}

/**
 * Every error a client receives names the place and kind of a problem, never an input value it
 * quoted (contact fields are customer data) nor the request body; in production, without
 * suggestions; a subscription's events alike. Union-member errors are data and untouched.
 */
export const safeErrors =
  (production: boolean): ResultMap =>
  (result) =>
    withSafeErrors(result, production);
