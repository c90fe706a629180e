import type { ServerResponse } from 'node:http';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { REQUEST_ID_HEADER } from '../server/request-scope.ts';
import type { ResultMap } from './use-result-maps.ts';

export function withRequestId(result: ExecutionResult, requestId: string): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        path: e.path,
        originalError: e.originalError,
        extensions: { ...e.extensions, requestId },
      }),
  );
  return { ...result, errors };
}

/**
 * Puts the request's id, the one in its `x-request-id` response header (src/server/request-scope.ts
 * gives every request one before yoga sees it), into the extensions of every GraphQL error, a
 * subscription's events included, where the error log reads it.
 */
export const requestIdInErrors: ResultMap = (result, { serverContext }) => {
  if (!result.errors?.length) return result;
  const id = (serverContext as { res?: ServerResponse }).res?.getHeader(REQUEST_ID_HEADER);
  return typeof id === 'string' ? withRequestId(result, id) : result;
};
