import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode } from '../error-codes.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';
import type { RequestCheck } from './use-request-checks.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** A constant-time check of a presented `router-authorization` value (also used on WebSocket upgrades). */
export function routerSecretCheck(secret: string): (presented: string | null | undefined) => boolean {
  const expected = digest(secret);
  return (presented) => typeof presented === 'string' && timingSafeEqual(digest(presented), expected);
}

/**
 * With ROUTER_SECRET set, only the federation router may talk to /graphql: it must send the secret
 * in `router-authorization` (Apollo's convention), otherwise 403 before anything is parsed.
 * Compared in constant time over SHA-256 digests so neither content nor length leaks.
 */
export function routerSecret(secret: string, endpoint: string): RequestCheck {
  const matches = routerSecretCheck(secret);
  return ({ request, url, fetchAPI }) =>
    !isGraphQLRequest(url, endpoint) || matches(request.headers.get('router-authorization'))
      ? undefined
      : rejection(fetchAPI, 403, ErrorCode.FORBIDDEN, 'Requests must come through the federation router.');
}
