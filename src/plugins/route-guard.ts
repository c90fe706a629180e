import { ErrorCode } from '../error-codes.ts';
import { rejection } from './http-rejection.ts';
import type { RequestCheck } from './use-request-checks.ts';

/**
 * Exactly the listed paths are served; every other path answers 404 before any other check of
 * ours or yoga's request parsing runs. yoga on its own executes GraphQL for any URL that *ends*
 * in the endpoint (`/graphql/`, `//graphql`, `/x/graphql`, `/?a=/graphql`), while the other checks
 * compare the exact path: an allow-list here keeps the two in agreement, so no check can be
 * skipped by choosing another spelling of the path.
 */
export function routeGuard(paths: readonly string[], prefixes: readonly string[] = []): RequestCheck {
  const exact = new Set(paths);
  return ({ url, fetchAPI }) =>
    exact.has(url.pathname) || prefixes.some((prefix) => url.pathname.startsWith(prefix))
      ? undefined
      : rejection(fetchAPI, 404, ErrorCode.NOT_FOUND, 'Not found.');
}
