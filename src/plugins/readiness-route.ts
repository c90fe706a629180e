import { createHash, timingSafeEqual } from 'node:crypto';
import { type Readiness, readinessResponse } from '../health.ts';
import type { RequestCheck } from './use-request-checks.ts';

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
 * The readiness report on exactly `endpoint`: 200 when ready, 503 otherwise (also when the report
 * itself fails). Not yoga's readiness plugin, which tests every request's URL, ending with a
 * URLPattern match (a measurable share of each /graphql request's CPU), and answers any URL that
 * merely ends in `/ready`. The checks (backend, region, credentials, Redis, quota mode) tell an
 * attacker how the deployment is built, so an anonymous caller gets the status alone.
 */
export function readinessRoute(endpoint: string, readiness: Readiness, details: ReadinessDetails): RequestCheck {
  const detailed = detailsFor(details);
  return ({ request, url, fetchAPI }) =>
    url.pathname === endpoint
      ? readinessResponse(readiness, fetchAPI, detailed(request)).catch(
          () => new fetchAPI.Response(null, { status: 503, headers: { 'cache-control': 'no-store' } }),
        )
      : undefined;
}
