import type { ConnectClient } from '@aws-sdk/client-connect';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { Registry } from 'prom-client';
import type { GatewayConfig } from './config.ts';
import type { ConnectBudget } from './connect/quotas/connect-budget.ts';
import { type ContactReadCache, createContactReadCache } from './connect/read-cache/contact-read-cache.ts';
import { createContextFactory, type RequestContext } from './context.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql.ts';
import { createReadiness, type Readiness } from './health.ts';
import type { Logger } from './logger.ts';
import { corsPolicy, useVaryOrigin } from './plugins/cors-policy.ts';
import { errorLog } from './plugins/error-log.ts';
import { livenessRoute, YOGA_HEALTH_CHECK_OFF } from './plugins/liveness-route.ts';
import { readinessRoute } from './plugins/readiness-route.ts';
import { requestIdInErrors } from './plugins/request-id.ts';
import { routeGuard } from './plugins/route-guard.ts';
import { safeErrors } from './plugins/safe-errors.ts';
import { security } from './plugins/security-plugins.ts';
import { sseEventIdLine, useEventIds } from './plugins/use-event-ids.ts';
import { GRAPHIQL_ASSETS_PATH, useGraphiQLAssets } from './plugins/use-graphiql-assets.ts';
import { useMetrics } from './plugins/use-metrics.ts';
import { useReadCap } from './plugins/use-read-cap.ts';
import { useRequestChecks } from './plugins/use-request-checks.ts';
import { useResultMaps } from './plugins/use-result-maps.ts';
import type { RedisConnections } from './redis/redis-connections.ts';
import { buildSchema } from './schema/index.ts';
import { maskError } from './schema/mask-error.ts';
import { type ContactChanges, createContactChanges } from './subscriptions/contact-changes.ts';

export interface GatewayDeps {
  /** The process's one ConnectClient; tests pass one pointed at their emulator. */
  connect: ConnectClient;
  logger: Logger;
  /** Receives the GraphQL metrics beside the Connect call metrics; start.ts serves it on METRICS_PORT. Default: a new, gateway-own registry. */
  metricsRegistry?: Registry;
  /** Shared with start.ts, which drains it on SIGTERM. Default: created here. */
  readiness?: Readiness;
  /** With REDIS_URL: the replica's Redis connections (start.ts opens and closes them). */
  redis?: RedisConnections;
  /** With CONNECT_QUOTAS: the budget every Connect call takes its token from (createConnectBudget). */
  budget?: ConnectBudget;
  /** Shared with start.ts, which ends the subscription streams on SIGTERM. Default: created here, over `redis`. */
  changes?: ContactChanges;
  /**
   * CONNECT_READ_CACHE_SECONDS: DescribeContact answers shared between requests (and replicas, over
   * `redis`). Passed in by whoever also drops entries outside a request. Default: created here.
   */
  readCache?: ContactReadCache;
  /**
   * With TRACING_ENABLED: the OpenTelemetry plugin (src/plugins/use-tracing.ts). start.ts imports it
   * only then, since OpenTelemetry's modules take a large share of start-up.
   */
  tracing?: Plugin;
}

const GRAPHQL_PATH = '/graphql';
const HEALTH_PATH = '/health';
const READY_PATH = '/ready';

export type Gateway = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** Builds the GraphQL gateway (a fetch-API handler usable with node:http). Starts nothing. */
export function createGateway(config: GatewayConfig, deps: GatewayDeps): Gateway {
  const development = config.env !== 'production';
  // Off in production unless GRAPHIQL=true (config.security.graphiql).
  const graphiql = config.security.graphiql;
  const readiness = deps.readiness ?? createReadiness(config, deps.connect, deps.redis, deps.budget);
  const { metrics } = config.observability;
  const metricsRegistry = deps.metricsRegistry ?? new Registry();
  const changes =
    deps.changes ??
    createContactChanges(config, { logger: deps.logger, redis: deps.redis, ...(metrics ? { metricsRegistry } : {}) });
  const readCache =
    deps.readCache ??
    createContactReadCache({
      seconds: config.readCacheSeconds,
      redis: deps.redis?.publisher,
      logger: deps.logger,
      ...(metrics ? { metricsRegistry } : {}),
    });
  const { checks: securityChecks, plugins: securityPlugins } = security(config, GRAPHQL_PATH, deps.logger);
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    // /health is livenessRoute's, after the route guard (liveness-route.ts).
    healthCheckEndpoint: YOGA_HEALTH_CHECK_OFF,
    landingPage: false,
    context: createContextFactory(config, deps.connect, deps.logger, changes, deps.budget, readCache),
    // Security (docs/security.md): bodyLimit replaces yoga's costly body limiter; no multipart,
    // no batching (one request = one operation, counted by the write cap); CORS from CORS_ORIGINS.
    maxRequestBodySize: false,
    multipart: false,
    batching: false,
    cors: corsPolicy(config.security.corsOrigins),
    graphiql: graphiql ? graphiqlOptions(config.auth.mode !== 'disabled') : false,
    // GraphiQL from local files, never unpkg.com.
    renderGraphiQL: renderGraphiQLPage,
    // Failures that are not union members get their code here, and only here.
    maskedErrors: { isDev: false, maskError },
    logging: deps.logger,
    // Plugins in src/plugins/use-*.ts; the HTTP checks and the result maps are one concern each in
    // src/plugins/, run by one hook each: one URL parse for all the checks, one pass over a result.
    plugins: [
      // First. Only these paths are served, so no check after it can be skipped by another
      // spelling; then /health and /ready; then the cheap HTTP refusals and the token.
      useRequestChecks(
        routeGuard([GRAPHQL_PATH, HEALTH_PATH, READY_PATH], graphiql ? [`${GRAPHIQL_ASSETS_PATH}/`] : []),
        livenessRoute(HEALTH_PATH),
        readinessRoute(READY_PATH, readiness, { token: config.observability.metricsToken, open: development }),
        ...securityChecks,
      ),
      ...(config.security.corsOrigins.length > 0 ? [useVaryOrigin()] : []),
      ...(graphiql ? [useGraphiQLAssets()] : []),
      ...securityPlugins,
      useReadCap(config.security.maxContactReadsPerRequest, config.security.maxEntityRepresentations),
      ...(metrics ? [useMetrics(metricsRegistry)] : []),
      ...(deps.tracing ? [deps.tracing] : []),
      useEventIds(),
      // On the way out, each result in turn: the request id into its errors, their messages made
      // safe, each error logged once; last, a subscription event's id as its SSE `id:` line.
      useResultMaps(requestIdInErrors, safeErrors(!development), errorLog(deps.logger), sseEventIdLine),
    ],
  });
}
