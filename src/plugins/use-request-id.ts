import { randomUUID } from 'node:crypto';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mapResults } from './map-results.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

// An incoming id is echoed only when it is short and plain (a UUID, ULID, AWS or trace id), so a
// client cannot put arbitrary text into our logs and headers.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:=-]{1,128}$/;

export const acceptOrGenerate = (incoming: string | null) =>
  incoming !== null && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();

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
 * Gives every request an id: a sane incoming `x-request-id` or a new UUID. It is returned in the
 * `x-request-id` response header and in the extensions of every GraphQL error (a subscription's
 * events included), where the error log reads it.
 */
export function useRequestId(): Plugin {
  // Held from onRequest to onResponse; the request object is the key, so nothing outlives it.
  const requestIds = new WeakMap<Request, string>();
  const requestIdOf = (request: Request): string => {
    let id = requestIds.get(request);
    if (id === undefined) {
      id = acceptOrGenerate(request.headers.get(REQUEST_ID_HEADER));
      requestIds.set(request, id);
    }
    return id;
  };
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResultProcess({ request, result, setResult }) {
      const id = requestIdOf(request);
      setResult(mapResults(result, (r) => withRequestId(r, id)));
    },
    onResponse({ request, response }) {
      response.headers.set(REQUEST_ID_HEADER, requestIdOf(request));
    },
  };
}
