import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { bodyLimit } from './body-limit.ts';
import { contentTypePolicy } from './content-type-policy.ts';
import { routerSecret } from './router-secret.ts';
import { authentication } from './use-authentication.ts';
import { operationLimitRules, useOperationLimits } from './use-operation-limits.ts';
import type { RequestCheck } from './use-request-checks.ts';
import { useSafelist } from './use-safelist.ts';
import { useValidationRules } from './use-validation-rules.ts';
import { useVariablesDepthLimit } from './use-variables-depth.ts';
import { writeCapRule } from './write-cap.ts';

/** Headers that mark a GET as not "simple" for browsers (yoga's and Apollo's names). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'graphql-preflight'];

/**
 * The security checks and plugins in the order they must run: the cheap HTTP refusals (router
 * secret, body size, content type) and the token as HTTP checks (useRequestChecks), then CSRF,
 * document limits and execution as plugins. See docs/security.md.
 */
export function security(
  config: GatewayConfig,
  endpoint: string,
  logger: Logger,
): { checks: RequestCheck[]; plugins: Plugin[] } {
  const { security, auth } = config;
  const checks: RequestCheck[] = [
    ...(security.routerSecret === undefined ? [] : [routerSecret(security.routerSecret, endpoint)]),
    bodyLimit(security.maxRequestBodyBytes, endpoint),
    contentTypePolicy(endpoint),
  ];
  const plugins: Plugin[] = [useCSRFPrevention({ requestHeaders: CSRF_HEADERS })];
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
    const { check, plugin } = authentication(auth, endpoint, logger, servicePublic);
    checks.push(check);
    plugins.push(plugin as Plugin);
  }
  plugins.push(
    useSafelist(security.persistedOperations),
    useVariablesDepthLimit(),
    useOperationLimits(config.env === 'production'),
    useValidationRules([
      ...operationLimitRules(),
      writeCapRule(),
      // With introspection off (production, unless GRAPHQL_INTROSPECTION=true): graphql-js's own
      // rule refuses `__schema`/`__type`. `_service { sdl }` is an ordinary field, so a federation
      // router still reads the subgraph schema; `__typename` stays allowed.
      ...(security.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ]),
  );
  return { checks, plugins };
}
