import type { ErrorCode } from '../error-codes.ts';

/** The body of a refusal: `{ errors: [{ message, extensions: { code } }] }`. */
export const rejectionBody = (code: ErrorCode, message: string): string =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

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
  return new fetchAPI.Response(rejectionBody(code, message), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** True for requests to the GraphQL endpoint (not /health, /metrics). */
export const isGraphQLRequest = (url: URL, endpoint: string) => url.pathname === endpoint;
