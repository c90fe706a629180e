import { createHash, timingSafeEqual } from 'node:crypto';
import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import { type Readiness, readinessResponse } from '../health.ts';

/** Who sees the readiness report's checks; everyone else gets `{"ready": …}` with the same status. */
export interface ReadinessDetails {
  /** METRICS_TOKEN: when set, the checks only for `Authorization: Bearer <token>`. */
  token?: string;
  /** Without a token: the checks for everyone (development and test), or for no one (production). */
  open: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

function detailsFor({ token, open }: ReadinessDetails): (request: Request) => boolean {
  if (token === undefined) return () => open;
  const expected = digest(`Bearer ${token}`);
  return (request) => {
    const presented = request.headers.get('authorization');
    // Compared as digests in constant time, as the metrics listener compares it.
    return presented !== null && timingSafeEqual(digest(presented), expected);
  };
}

/**
 * yoga's readiness check, on exactly `endpoint`. The plugin on its own tests every request's URL,
 * ending with a URLPattern match (a measurable share of each /graphql request's CPU), and answers
 * any URL that merely ends in `/ready`; the route guard already knows the path, so only that path
 * reaches it. The checks (backend, region, credentials, Redis, quota mode) tell an attacker how the
 * deployment is built, so an anonymous caller gets the status alone.
 */
export function useReadiness(endpoint: string, readiness: Readiness, details: ReadinessDetails): Plugin {
  const detailed = detailsFor(details);
  const plugin = useReadinessCheck({
    endpoint,
    check: ({ request, fetchAPI }) => readinessResponse(readiness, fetchAPI, detailed(request)),
  });
  const { onRequest } = plugin;
  return { ...plugin, onRequest: (payload) => (payload.url.pathname === endpoint ? onRequest?.(payload) : undefined) };
}
