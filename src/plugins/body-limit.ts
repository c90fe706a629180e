import { ErrorCode } from '../error-codes.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';
import type { RequestCheck } from './use-request-checks.ts';

/**
 * Caps request bodies by their declared `content-length`, before anything is read: no length or a
 * chunked body → 411, more than `maxBytes` → 413. Replaces yoga's own limiter (turned off with
 * `maxRequestBodySize: false`), which streams every body through a TransformStream.
 * node:http never hands the handler more bytes than content-length declares, so the check holds.
 */
export function bodyLimit(maxBytes: number, endpoint: string): RequestCheck {
  return ({ request, url, fetchAPI }) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined;
    if (!isGraphQLRequest(url, endpoint)) return undefined;
    const declared = request.headers.get('content-length');
    if (declared === null || request.headers.has('transfer-encoding') || !/^\d+$/.test(declared))
      return rejection(fetchAPI, 411, ErrorCode.LENGTH_REQUIRED, 'A Content-Length header is required.');
    if (Number(declared) > maxBytes)
      return rejection(fetchAPI, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request bodies are limited to ${maxBytes} bytes.`);
    return undefined;
  };
}
