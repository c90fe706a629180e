// Reads configuration, starts the gateway (and, by default, the in-process Connect emulator), and
// shuts both down gracefully. Everything else lives in createGateway.
import { collectDefaultMetrics, Registry } from 'prom-client';
import { ConfigError, DEFAULTS, type GatewayConfig, loadConfig } from './config.ts';
import { createConnectClient } from './connect/client.ts';
import { createConnectMetrics } from './connect/connect-metrics.ts';
import { missingCredentials } from './connect/credential-check.ts';
import { type QuotaPlan, resolveQuotas } from './connect/quotas/quota-table.ts';
import { createContactReadCache } from './connect/read-cache/contact-read-cache.ts';
import { EMULATOR_EVENTS_QUEUE } from './connect-events/emulator-queue.ts';
import { createGateway } from './gateway.ts';
import { createReadiness, resolveRegion } from './health.ts';
import { closeLogger, createLogger, surviveClosedStdio } from './logger.ts';
import { exposedCollect, releaseMemoryWhenIdle } from './memory-release.ts';
import { createHttpServer } from './server/http-server.ts';
import { ListenError, listen } from './server/listen.ts';
import { createMetricsServer } from './server/metrics-server.ts';
import { attachWebSocketServer } from './server/websocket-server.ts';
import { createContactChanges } from './subscriptions/contact-changes.ts';

let config: GatewayConfig;
let quotas: QuotaPlan | undefined;
try {
  config = loadConfig(process.env);
  // The operations' declarations are loaded (imports above): CONNECT_QUOTAS may only name theirs.
  quotas = resolveQuotas(config.quotas);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

surviveClosedStdio();
const logger = createLogger({ env: config.env, level: config.observability.logLevel });
// Exits once the log lines are out, or LOG_CLOSE_MS after: a closed or full log pipe never holds up an exit.
const LOG_CLOSE_MS = 1_000;
const exitAfterLogs = (code: number) => void closeLogger(logger, LOG_CLOSE_MS).then(() => process.exit(code));
// A rejection nobody handled is a bug to see, not a reason to drop every in-flight request.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception; exiting');
  exitAfterLogs(1);
});

const metricsRegistry = new Registry();
if (config.observability.metrics) collectDefaultMetrics({ register: metricsRegistry });
// Imported only when used: the emulator and OpenTelemetry weigh on every start otherwise.
const emulator =
  config.connect.backend === 'emulator'
    ? await (await import('@connect-gateway/connect-emulator')).startEmulator({
        port: 0,
        // Its own contact events, which the gateway reads as Connect's (GraphiQL shows CONNECT events).
        contactEventsQueue: EMULATOR_EVENTS_QUEUE,
      })
    : undefined;
if (emulator) logger.info(`Connect emulator at ${emulator.url} (control API ${emulator.url}/_emulator)`);
const connect = createConnectClient({
  ...(emulator ? { endpoint: emulator.url, staticCredentials: true } : {}),
  region: config.connect.region,
  connectionTimeoutMs: config.connect.connectionTimeoutMs,
  requestTimeoutMs: config.connect.requestTimeoutMs,
  maxSockets: config.connect.maxSockets,
  metrics: config.observability.metrics ? createConnectMetrics(metricsRegistry) : undefined,
});
// Without a Region every call would fail with CONNECT_UNAVAILABLE: refuse to start instead.
if (!emulator && (await resolveRegion(connect)) === undefined) {
  console.error(
    'invalid configuration: no AWS Region for Connect: set AWS_REGION, or a region in the AWS profile (AWS_PROFILE, ~/.aws/config)',
  );
  process.exit(1);
}
// Without credentials every call would fail: refuse to start, saying where the SDK looked.
const noCredentials = emulator ? undefined : await missingCredentials(connect, process.env);
if (noCredentials !== undefined) {
  console.error(noCredentials);
  process.exit(1);
}
// ioredis only with REDIS_URL, like the emulator and OpenTelemetry: unused modules slow every start.
const redis = config.redis
  ? (await import('./redis/redis-connections.ts')).createRedisConnections(config.redis.url, logger)
  : undefined;
// The budget's counters (rate-limiter-flexible) likewise, only with CONNECT_QUOTAS.
const budget = quotas
  ? (await import('./connect/quotas/connect-budget.ts')).createConnectBudget(quotas, {
      redis,
      metricsRegistry: config.observability.metrics ? metricsRegistry : undefined,
    })
  : undefined;
const changes = createContactChanges(config, {
  logger,
  redis,
  ...(config.observability.metrics ? { metricsRegistry } : {}),
});
// Here, not inside the gateway, so that a consumer of Connect's contact events can call readCache.invalidate.
const readCache = createContactReadCache({
  seconds: config.readCacheSeconds,
  redis: redis?.publisher,
  logger,
  ...(config.observability.metrics ? { metricsRegistry } : {}),
});
// Connect's contact events (CONNECT_EVENTS_QUEUE_URL, or the embedded emulator's): SQS' client only then.
const openedEvents =
  config.connectEvents || emulator
    ? await (await import('./connect-events/open-connect-events.ts')).openConnectEvents(config, {
        changes,
        logger,
        invalidate: (key) => readCache.invalidate(key),
        ...(emulator ? { emulatorUrl: emulator.url } : {}),
        ...(config.observability.metrics ? { metricsRegistry } : {}),
      })
    : undefined;
if (openedEvents !== undefined && 'refused' in openedEvents) {
  console.error(openedEvents.refused);
  process.exit(1);
}
const connectEvents = openedEvents;
const readiness = createReadiness(config, connect, redis, budget, () => connectEvents);
const tracing = config.observability.tracing ? (await import('./plugins/use-tracing.ts')).useTracing() : undefined;
const gateway = createGateway(config, {
  connect,
  logger,
  metricsRegistry,
  readiness,
  redis,
  budget,
  changes,
  readCache,
  tracing,
});
const server = createHttpServer(config, gateway);
const websockets = attachWebSocketServer(server, gateway, config, {
  logger,
  ...(config.observability.metrics ? { metricsRegistry } : {}),
});
// V8 keeps what start-up and every burst grew its heap to: with --expose-gc (npm start) the gateway
// gives it back once now, before listening, and whenever it has been quiet since (src/memory-release.ts).
const collect = exposedCollect();
const stopReleasing =
  collect &&
  releaseMemoryWhenIdle({
    collect,
    onRelease: ({ beforeBytes, afterBytes, ms }) =>
      logger.debug(
        { heapBeforeBytes: beforeBytes, heapAfterBytes: afterBytes, ms: Math.round(ms) },
        'released idle memory',
      ),
  });
const { metricsPort, metricsHost, metricsToken } = config.observability;
const metricsServer = config.observability.metrics ? createMetricsServer(metricsRegistry, metricsToken) : undefined;
try {
  if (metricsServer) {
    const port = await listen(metricsServer, {
      port: metricsPort,
      host: metricsHost,
      portVariable: 'METRICS_PORT',
      hostVariable: 'METRICS_HOST',
      alternative: 'or METRICS_ENABLED=false',
    });
    logger.info(
      { metricsPort: port },
      `metrics on http://localhost:${port}/metrics${metricsToken ? ' (bearer token required)' : ''}`,
    );
  }
  // The bound port, not the configured one: PORT=0 picks a free port.
  const port = await listen(server, {
    port: config.http.port,
    host: config.http.host,
    portVariable: 'PORT',
    hostVariable: 'HOST',
  });
  const backend = emulator ? `Connect emulator at ${emulator.url}` : 'Amazon Connect (AWS)';
  logger.info({ port }, `connect-contact-gateway listening on http://localhost:${port}/graphql → ${backend}`);
} catch (error) {
  if (!(error instanceof ListenError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// In-flight requests end within their deadline; the grace adds room for writing the answers.
const SHUTDOWN_GRACE_MS = (config.deadlineMs || DEFAULTS.deadlineMs) + 5_000;
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  readiness.drain();
  stopReleasing?.();
  // Subscription streams never end by themselves: each gets its last event (SHUTTING_DOWN) and
  // completes, so its connection goes idle and closes like the others.
  changes.close();
  connectEvents?.stop();
  // WebSocket connections are not HTTP requests: each closes (1001) once its streams have completed.
  websockets.drain();
  metricsServer?.close();
  // The last lines get LOG_CLOSE_MS of the grace: the process is gone by its end whatever the pipe does.
  const forced = setTimeout(() => {
    logger.error(`in-flight requests did not finish within ${SHUTDOWN_GRACE_MS - LOG_CLOSE_MS} ms; exiting`);
    exitAfterLogs(1);
  }, SHUTDOWN_GRACE_MS - LOG_CLOSE_MS);
  forced.unref();
  // Keep-alive connections become idle once their answer is written: close them as they do.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  sweep.unref();
  server.close(async () => {
    clearInterval(sweep);
    await gateway.dispose();
    await redis?.close();
    connect.destroy();
    await emulator?.close();
    logger.info('stopped');
    exitAfterLogs(0);
  });
  server.closeIdleConnections();
  // Logged once the listener is closed, so whoever reads it knows new connections are refused.
  logger.info(`${signal}: draining; no new connections, finishing in-flight requests`);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
