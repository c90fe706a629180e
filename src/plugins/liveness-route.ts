import type { RequestCheck } from './use-request-checks.ts';

/**
 * What `healthCheckEndpoint` is set to so that yoga's own health check never answers: yoga has no
 * switch for it, and it answers every request whose URL ends in its endpoint. A request URL never
 * ends in a space (node's HTTP parser refuses one in the request target).
 */
export const YOGA_HEALTH_CHECK_OFF = ' yoga health check off';

/**
 * Liveness on exactly `endpoint`: 200 with no body while the process serves. It stands in for yoga's
 * health check, which runs before every check of ours and answers any URL that merely ends in
 * `/health`: `/x/health` instead of a 404, and `/graphql?a=/health` instead of executing the
 * GraphQL request; it also named the framework in an `x-yoga-id` header.
 */
export function livenessRoute(endpoint: string): RequestCheck {
  return ({ url, fetchAPI }) => (url.pathname === endpoint ? new fetchAPI.Response(null, { status: 200 }) : undefined);
}
