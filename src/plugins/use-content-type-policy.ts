import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';

/**
 * POST bodies must be JSON. Form-encoded, multipart and text/plain bodies are what a browser can
 * send cross-site without a CORS preflight (CSRF), and this API has no use for them: 415.
 */
export function useContentTypePolicy(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || !isGraphQLRequest(url, endpoint)) return;
      const mediaType = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
      if (mediaType === 'application/json') return;
      endResponse(
        rejection(fetchAPI, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'POST bodies must be application/json.', {
          accept: 'application/json',
        }),
      );
    },
  };
}
