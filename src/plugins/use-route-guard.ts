import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';
import { rejection } from './http-rejection.ts';

/**
 * Exactly the listed paths are served; every other path answers 404 before any other plugin of
 * ours or yoga's request parsing runs. yoga on its own executes GraphQL for any URL that *ends*
 * in the endpoint (`/graphql/`, `//graphql`, `/x/graphql`, `/?a=/graphql`), while the checks of
 * the other plugins compare the exact path: an allow-list here keeps the two in agreement, so no
 * check can be skipped by choosing another spelling of the path.
 */
export function useRouteGuard(paths: readonly string[], prefixes: readonly string[] = []): Plugin {
  const exact = new Set(paths);
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (exact.has(url.pathname) || prefixes.some((prefix) => url.pathname.startsWith(prefix))) return;
      endResponse(rejection(fetchAPI, 404, ErrorCode.NOT_FOUND, 'Not found.'));
    },
  };
}
