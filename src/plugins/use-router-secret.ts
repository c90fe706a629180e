import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * With ROUTER_SECRET set, only the federation router may talk to /graphql: it must send the secret
 * in `router-authorization` (Apollo's convention), otherwise 403 before anything is parsed.
 * Compared in constant time over SHA-256 digests so neither content nor length leaks.
 */
export function useRouterSecret(secret: string, endpoint: string): Plugin {
  const expected = digest(secret);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!isGraphQLRequest(url, endpoint)) return;
      const presented = request.headers.get('router-authorization');
      if (presented !== null && timingSafeEqual(digest(presented), expected)) return;
      endResponse(rejection(fetchAPI, 403, ErrorCode.FORBIDDEN, 'Requests must come through the federation router.'));
    },
  };
}
