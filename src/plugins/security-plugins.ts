import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { useAuthentication } from './use-authentication.ts';
import { useBodyLimit } from './use-body-limit.ts';
import { useContentTypePolicy } from './use-content-type-policy.ts';
import { useIntrospectionPolicy } from './use-introspection-policy.ts';
import { useOperationLimits } from './use-operation-limits.ts';
import { useRouterSecret } from './use-router-secret.ts';
import { useSafelist } from './use-safelist.ts';
import { useVariablesDepthLimit } from './use-variables-depth.ts';
import { useWriteCap } from './use-write-cap.ts';

/** Headers that mark a GET as not "simple" for browsers (yoga's and Apollo's names). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'graphql-preflight'];

/**
 * The security plugins in the order they must run: cheap HTTP refusals first (router secret, body
 * size, content type, CSRF, token), then document limits, then execution. See docs/security.md.
 */
export function securityPlugins(config: GatewayConfig, endpoint: string, logger: Logger): Plugin[] {
  const { security, auth } = config;
  const plugins: Plugin[] = [];
  if (security.routerSecret !== undefined) plugins.push(useRouterSecret(security.routerSecret, endpoint));
  plugins.push(
    useBodyLimit(security.maxRequestBodyBytes, endpoint),
    useContentTypePolicy(endpoint),
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
  );
  if (auth.mode === 'disabled')
    logger.warn(
      auth.explicit
        ? 'AUTHENTICATION IS DISABLED (AUTH_DISABLED=true): anyone who reaches this port may read and change contacts'
        : 'AUTHENTICATION IS OFF: no AUTH_JWT_SECRET/AUTH_JWKS_URL (development default); every caller holds every scope',
    );
  else {
    // Documented choice: with a shared secret iss/aud are checked only when configured, since the
    // secret already names one issuer; a secret shared by several services makes them necessary.
    const unchecked = [
      auth.issuer === undefined && 'AUTH_ISSUER (iss)',
      auth.audience === undefined && 'AUTH_AUDIENCE (aud)',
    ];
    if (auth.mode === 'secret' && unchecked.some(Boolean))
      logger.warn(`AUTH_JWT_SECRET without ${unchecked.filter(Boolean).join(' and ')}: that claim is not checked`);
    // `_service { sdl }` is the whole schema: anonymous only where the schema is public anyway
    // (introspection on) or where nobody but the router reaches the port (ROUTER_SECRET).
    const servicePublic = security.introspection || security.routerSecret !== undefined;
    plugins.push(useAuthentication(auth, endpoint, logger, servicePublic) as Plugin);
  }
  plugins.push(
    useSafelist(security.persistedOperations),
    useVariablesDepthLimit(),
    useOperationLimits(config.env === 'production'),
    useWriteCap(),
  );
  if (!security.introspection) plugins.push(useIntrospectionPolicy());
  return plugins;
}
