import type { ErrorCode } from '../error-codes.ts';

/**
 * A GraphQL-over-HTTP error answer for requests refused before parsing (401, 403, 411, 413, 415):
 * `{ errors: [{ message, extensions: { code } }] }` with the given status and headers.
 */
export function rejection(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** True for requests to the GraphQL endpoint (not /health, /metrics). */
export const isGraphQLRequest = (url: URL, endpoint: string) => url.pathname === endpoint;
