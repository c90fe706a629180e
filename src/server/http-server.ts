import { createServer, type RequestListener, type Server } from 'node:http';
import type { GatewayConfig } from '../config.ts';
import { withRequestScope } from './request-scope.ts';
import { withValidTarget } from './request-target.ts';

// How often Node looks for connections past headersTimeout/requestTimeout (its default is 30 s,
// which lets a slow client hold a connection that much longer than the configured limit).
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * The gateway's HTTP server with deliberate limits for slow and idle clients (Node's defaults hold
 * a connection for minutes): time to send the headers, time to send the whole request, idle
 * keep-alive time, and a cap on open connections; every request's id and deadline
 * (request-scope.ts); and a 400 for a request whose URL would not be the path it asked for
 * (request-target.ts). start.ts and the tests both use it.
 */
export function createHttpServer(
  { http, deadlineMs }: Pick<GatewayConfig, 'http' | 'deadlineMs'>,
  handler: RequestListener,
): Server {
  const server = createServer(
    {
      headersTimeout: http.headersTimeoutMs,
      requestTimeout: http.requestTimeoutMs,
      keepAliveTimeout: http.keepAliveTimeoutMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    withRequestScope(withValidTarget(handler), deadlineMs),
  );
  server.maxConnections = http.maxConnections;
  return server;
}
