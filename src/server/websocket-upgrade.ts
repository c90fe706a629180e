import type { IncomingMessage } from 'node:http';
import type { GatewayConfig } from '../config.ts';
import { routerSecretCheck } from '../plugins/router-secret.ts';
import { refusedHost, targetPath } from './request-target.ts';

/** Why an upgrade was refused before any WebSocket existed; each is a metric label value. */
export type UpgradeRefusal = 'host' | 'not_found' | 'not_websocket' | 'router_secret' | 'origin' | 'draining';

/** The HTTP answer of each refusal (the client gets no body: a browser shows WebSocket code 1006). */
export const UPGRADE_STATUS: Record<UpgradeRefusal, { status: number; text: string }> = {
  host: { status: 400, text: 'Bad Request' },
  not_found: { status: 404, text: 'Not Found' },
  not_websocket: { status: 400, text: 'Bad Request' },
  router_secret: { status: 403, text: 'Forbidden' },
  origin: { status: 403, text: 'Forbidden' },
  draining: { status: 503, text: 'Service Unavailable' },
};

/** True when the `Origin` is the gateway's own origin (the `Host` the browser addressed). */
function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The HTTP edge rules for an upgrade, which yoga's onRequest plugins never see (the request does not
 * reach yoga): a Host that is a host, exactly the GraphQL path (the route guard's rule: `/graphql/`,
 * `//graphql` are refused), `router-authorization` with ROUTER_SECRET, and an `Origin` check in
 * place of CORS and CSRF prevention. A browser always sends `Origin` on a WebSocket upgrade, and
 * WebSocket has no CORS: without this check any site could open a socket to the gateway from its
 * visitors' browsers (cross-site WebSocket hijacking). Allowed: no `Origin` (a non-browser client,
 * as for HTTP), an origin listed in CORS_ORIGINS, or the gateway's own origin (a page it served,
 * such as GraphiQL).
 */
export function upgradeRules(config: GatewayConfig, endpoint: string) {
  const routerSecret =
    config.security.routerSecret === undefined ? undefined : routerSecretCheck(config.security.routerSecret);
  const origins = new Set(config.security.corsOrigins);
  return (request: IncomingMessage): UpgradeRefusal | undefined => {
    // As for every HTTP request (request-target.ts); the Origin check below compares with it.
    if (refusedHost(request.headers.host)) return 'host';
    if (targetPath(request.url) !== endpoint) return 'not_found';
    if (request.headers.upgrade?.toLowerCase() !== 'websocket') return 'not_websocket';
    const presented = request.headers['router-authorization'];
    if (routerSecret !== undefined && !routerSecret(typeof presented === 'string' ? presented : undefined))
      return 'router_secret';
    const { origin } = request.headers;
    if (origin !== undefined && !origins.has(origin) && !sameOrigin(origin, request.headers.host)) return 'origin';
    return undefined;
  };
}
