import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConnectClient } from '@aws-sdk/client-connect';
import { type CallRecord, type Emulator, type OperationName, startEmulator } from '@connect-gateway/connect-emulator';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TracerProvider } from '@opentelemetry/api';
import { type ExecutionResult, print } from 'graphql';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type ConnectClientOptions, createConnectClient } from '../../src/connect/client.ts';
import { createConnectMetrics } from '../../src/connect/connect-metrics.ts';
import { createConnectBudget } from '../../src/connect/quotas/connect-budget.ts';
import { resolveQuotas } from '../../src/connect/quotas/quota-table.ts';
import { type ContactReadCache, createContactReadCache } from '../../src/connect/read-cache/contact-read-cache.ts';
import { createGateway, type Gateway } from '../../src/gateway.ts';
import { createReadiness, type Readiness } from '../../src/health.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { useTracing } from '../../src/plugins/use-tracing.ts';
import { createRedisConnections } from '../../src/redis/redis-connections.ts';
import { createHttpServer } from '../../src/server/http-server.ts';
import { createMetricsServer } from '../../src/server/metrics-server.ts';
import { attachWebSocketServer, type WebSocketTransport } from '../../src/server/websocket-server.ts';

export interface Stack {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  /** http://127.0.0.1:PORT/metrics on the metrics listener (as start.ts serves it), when metrics are on. */
  metricsUrl: string;
  emulator: Emulator;
  gateway: Gateway;
  /** The gateway's own Prometheus registry (served at /metrics), with the Connect call metrics. */
  metricsRegistry: Registry;
  readiness: Readiness;
  /** The gateway's ConnectClient. */
  connect: ConnectClient;
  /** ws://127.0.0.1:PORT/graphql: graphql-ws on the same port and path. */
  wsUrl: string;
  /** The WebSocket server attached to the HTTP server, as start.ts attaches it. */
  websockets: WebSocketTransport;
  /** The gateway's read cache (CONNECT_READ_CACHE_SECONDS; a no-op when off), as start.ts builds it. */
  readCache: ContactReadCache;
  /** POSTs a typed operation over real HTTP and returns the parsed GraphQL response. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  /** Raw POST of any body, for protocol-level tests. */
  post(body: unknown, headers?: Record<string, string>, signal?: AbortSignal): Promise<Response>;
  /** The requests Connect (the emulator) received, oldest first: for one operation, or all of them. */
  connectCalls(operation?: OperationName): CallRecord[];
  close(): Promise<void>;
}

export interface StackOptions {
  env?: Record<string, string>;
  client?: ConnectClientOptions;
  /** Default: a silent test logger. */
  logger?: Logger;
  /** Receives the spans when TRACING_ENABLED=true. */
  tracerProvider?: TracerProvider;
  /** The WebSocket ping interval; default as in production for NODE_ENV=test (300 ms). */
  websocketKeepAliveMs?: number;
  /** An emulator shared with other stacks (replicas of one account); not closed by this stack. Default: its own. */
  emulator?: Emulator;
}

/**
 * The real parts, wired as in production: emulator on loopback, real SDK client, gateway behind a
 * listening node:http server. Retries default to 3 attempts like the SDK's standard mode.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const shared = options.emulator;
  const emulator = shared ?? (await startEmulator({ port: 0 }));
  const metricsRegistry = new Registry();
  const connect = createConnectClient({
    endpoint: emulator.url,
    staticCredentials: true,
    metrics: createConnectMetrics(metricsRegistry),
    ...options.client,
  });
  const config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const logger = options.logger ?? createLogger({ env: 'test' });
  // As start.ts does: with REDIS_URL the gateway shares Redis with every other replica.
  const redis = config.redis ? createRedisConnections(config.redis.url, logger) : undefined;
  // As start.ts does: CONNECT_QUOTAS budgets every Connect call, counted in Redis when it is set.
  const budget = createConnectBudget(resolveQuotas(config.quotas), { redis, metricsRegistry });
  const readiness = createReadiness(config, connect, redis, budget);
  const readCache = createContactReadCache({
    seconds: config.readCacheSeconds,
    redis: redis?.publisher,
    logger,
    ...(config.observability.metrics ? { metricsRegistry } : {}),
  });
  const gateway = createGateway(config, {
    readCache,
    connect,
    logger,
    metricsRegistry,
    readiness,
    redis,
    budget,
    tracing: config.observability.tracing ? useTracing(options.tracerProvider) : undefined,
  });
  const server: Server = createHttpServer(config, gateway);
  const websockets = attachWebSocketServer(server, gateway, config, {
    logger,
    metricsRegistry,
    keepAliveMs: options.websocketKeepAliveMs,
  });
  const { metrics, metricsToken } = config.observability;
  const metricsServer = metrics ? createMetricsServer(metricsRegistry, metricsToken) : undefined;
  const listen = async (target: Server) => {
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    return (target.address() as AddressInfo).port;
  };
  const url = `http://127.0.0.1:${await listen(server)}/graphql`;
  const metricsUrl = metricsServer ? `http://127.0.0.1:${await listen(metricsServer)}/metrics` : '';

  const post = (body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      ...(signal && { signal }),
    });

  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    websockets,
    metricsUrl,
    connectCalls: (operation) => emulator.calls.filter((c) => operation === undefined || c.operation === operation),
    emulator,
    gateway,
    metricsRegistry,
    readiness,
    connect,
    readCache,
    post,
    async execute(document, variables, headers) {
      const response = await post({ query: print(document), variables }, headers);
      const json = (await response.json()) as ExecutionResult<never>;
      return { ...json, status: response.status };
    },
    async close() {
      websockets.close();
      for (const target of metricsServer ? [server, metricsServer] : [server]) {
        target.closeAllConnections();
        await new Promise<void>((resolve) => target.close(() => resolve()));
      }
      await gateway.dispose();
      await redis?.close();
      connect.destroy();
      if (shared === undefined) await emulator.close();
    },
  };
}

/**
 * One stack for the tests of a file (or of the `describe` it is called in): started before them,
 * closed after them, and before each test the emulator's call log and faults are cleared. The
 * contacts stay as the tests leave them. `options` may be a function, for values that another
 * `beforeAll` sets up first (a JWKS server's URL, a proxy's port).
 *
 * Use the returned stack inside tests and hooks; it exists from `beforeAll` to `afterAll`.
 */
export function useStack(options: StackOptions | (() => StackOptions) = {}): Stack {
  let current: Stack | undefined;
  beforeAll(async () => {
    current = await startStack(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  beforeEach(() => {
    current?.emulator.resetCalls();
    current?.emulator.faults.clear();
  });
  return new Proxy({} as Stack, {
    get(_target, key) {
      if (current === undefined) throw new Error('useStack(): the stack exists only inside tests and hooks');
      return Reflect.get(current, key);
    },
  });
}
