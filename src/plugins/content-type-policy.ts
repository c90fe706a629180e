import { ErrorCode } from '../error-codes.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';
import type { RequestCheck } from './use-request-checks.ts';

/** The media type of a `content-type` value, without its parameters, in lower case. */
export const mediaTypeOf = (contentType: string | null | undefined): string | undefined =>
  contentType?.split(';', 1)[0]?.trim().toLowerCase();

/**
 * POST bodies must be JSON. Form-encoded, multipart and text/plain bodies are what a browser can
 * send cross-site without a CORS preflight (CSRF), and this API has no use for them: 415.
 */
export function contentTypePolicy(endpoint: string): RequestCheck {
  return ({ request, url, fetchAPI }) => {
    if (request.method !== 'POST' || !isGraphQLRequest(url, endpoint)) return undefined;
    if (mediaTypeOf(request.headers.get('content-type')) === 'application/json') return undefined;
    return rejection(fetchAPI, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'POST bodies must be application/json.', {
      accept: 'application/json',
    });
  };
}
