import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import {
  CloseCode,
  type Context,
  type FormattedExecutionResult,
  handleProtocols,
  makeServer,
  type OperationResult,
} from 'graphql-ws';
import type { Registry } from 'prom-client';
import { type WebSocket, WebSocketServer } from 'ws';
import { ANONYMOUS_FULL_ACCESS, type Identity } from '../auth/identity.ts';
import { createTokenVerifier } from '../auth/token-verifier.ts';
import type { GatewayConfig } from '../config.ts';
import type { Gateway } from '../gateway.ts';
import type { Logger } from '../logger.ts';
import { withRequestId } from '../plugins/request-id.ts';
import { withSafeErrors } from '../plugins/safe-errors.ts';
import { BEARER } from '../plugins/use-authentication.ts';
import { cacheVerifiedTokens } from '../plugins/verified-token-cache.ts';
import { createWebSocketMetrics } from './websocket-metrics.ts';
import { createOperationPreparer } from './websocket-operation.ts';
import { UPGRADE_STATUS, upgradeRules } from './websocket-upgrade.ts';

/** Time a client has from the upgrade to `connection_init` (graphql-ws' default); then 4408. */
export const CONNECTION_INIT_TIMEOUT_MS = 3_000;
/** WebSocket ping interval, as yoga's SSE heartbeat (12 s; 300 ms under NODE_ENV=test). */
const defaultKeepAliveMs = (config: GatewayConfig) => (config.env === 'test' ? 300 : 12_000);
/** On SIGTERM, time for the last events and close frames before the sockets are cut. */
const DRAIN_GRACE_MS = 3_000;
/** How often a closing connection looks whether its subscriptions have all completed. */
const IDLE_POLL_MS = 25;
/** Longest delay a Node timer takes (about 24.8 days); a token valid longer is re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the gateway keeps of each connection, beside graphql-ws' own context. */
interface Connection {
  socket: WebSocket;
  request: IncomingMessage;
  /** Set by a `connection_init` that passed authentication. */
  identity?: Identity;
  /** graphql-ws' context, from `connection_init` on: its open subscriptions. */
  context?: Context<Record<string, unknown> | undefined, Connection>;
  timers: Set<NodeJS.Timeout>;
}

export interface WebSocketTransport {
  /** SIGTERM: refuses new upgrades and closes each connection (1001) once its subscriptions have completed. */
  drain(): void;
  /** Cuts every connection at once (tests). */
  close(): void;
}

interface WebSocketDeps {
  logger: Logger;
  /** The gateway's registry, when metrics are on. */
  metricsRegistry?: Registry;
  /** Ping interval; a peer that has not answered a ping by the next one is cut. Default: as SSE's heartbeat. */
  keepAliveMs?: number;
}

/** Answers a refused upgrade with a bodiless HTTP status and closes the connection. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}

/** Verifies a `connection_init` payload's `authorization` as authentication's HTTP check verifies the header. */
function authenticator(config: GatewayConfig): (payload: Record<string, unknown> | undefined) => Promise<Identity> {
  if (config.auth.mode === 'disabled') return async () => ANONYMOUS_FULL_ACCESS;
  const verify = cacheVerifiedTokens(createTokenVerifier(config.auth));
  return async (payload) => {
    const header = payload?.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (token === undefined) throw new Error('no Bearer token');
    return await verify(token);
  };
}

/**
 * GraphQL over WebSocket (graphql-ws' `graphql-transport-ws`) on the HTTP server's own port and
 * path, beside yoga's SSE. The edge rules of HTTP hold at the upgrade (websocket-upgrade.ts), the
 * connections count against HTTP_MAX_CONNECTIONS (they stay the server's sockets), a message may
 * be at most MAX_REQUEST_BODY_BYTES (larger: close 1009), and `connection_init` must carry a valid
 * token when authentication is on (otherwise 4403). Operations run through the gateway's envelop
 * (websocket-operation.ts); results and errors leave as over HTTP: masked, without quoted input,
 * with a request id, logged by code only. Streams are the SSE ones (caps, buffer, token expiry).
 */
export function attachWebSocketServer(
  server: Server,
  gateway: Gateway,
  config: GatewayConfig,
  deps: WebSocketDeps,
): WebSocketTransport {
  const { logger } = deps;
  const metrics = createWebSocketMetrics(deps.metricsRegistry);
  const refusalOf = upgradeRules(config, gateway.graphqlEndpoint);
  const authenticate = authenticator(config);
  const prepare = createOperationPreparer(gateway, config);
  const production = config.env === 'production';
  const connections = new Set<Connection>();
  // The envelop each operation was prepared with, by its context value (also the request id's key).
  const enveloped = new WeakMap<object, { subscribe: (args: ExecutionArgs) => OperationResult; requestId: string }>();
  let draining = false;

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.security.maxRequestBodyBytes,
    // graphql-ws' subprotocol only; a socket without it is closed 4406 by graphql-ws.
    handleProtocols,
  });

  /** Errors as a client receives them, each logged once by code (never its message: it may quote input). */
  const outgoing = (result: ExecutionResult, requestId: string): ExecutionResult => {
    const safe = withSafeErrors(withRequestId(result, requestId), production);
    for (const error of safe.errors ?? [])
      logger.warn({ requestId, code: error.extensions?.code ?? null, transport: 'websocket' }, 'graphql error');
    return safe;
  };
  const formatted = (result: ExecutionResult): FormattedExecutionResult => ({
    ...result,
    ...(result.errors ? { errors: result.errors.map((error) => error.toJSON()) } : {}),
  });

  /** Closes the connection with `code` once no subscription is open on it (their last events sent). */
  const closeWhenIdle = (connection: Connection, code: number, reason: string) => {
    const check = () => {
      const open = connection.context ? Object.keys(connection.context.subscriptions).length : 0;
      if (open > 0) return;
      clearInterval(poll);
      connection.timers.delete(poll);
      connection.socket.close(code, reason);
    };
    const poll = setInterval(check, IDLE_POLL_MS);
    connection.timers.add(poll);
    check();
  };

  /** At the token's `exp` the streams end (TOKEN_EXPIRED, contact-changes.ts); then the connection closes 4403. */
  const closeAtExpiry = (connection: Connection, expiresAt: number) => {
    const arm = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) closeWhenIdle(connection, CloseCode.Forbidden, 'Token expired');
      else connection.timers.add(setTimeout(arm, Math.min(left, MAX_TIMER_MS)));
    };
    arm();
  };

  const graphqlWs = makeServer<Record<string, unknown> | undefined, Connection>({
    connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
    async onConnect(context) {
      const connection = context.extra;
      try {
        connection.identity = await authenticate(context.connectionParams);
      } catch (error) {
        // The reason helps operators; the token and the payload are never logged.
        logger.debug(
          { reason: (error as { code?: string }).code ?? 'invalid', transport: 'websocket' },
          'bearer token refused',
        );
        metrics.refused('unauthenticated');
        return false;
      }
      connection.context = context;
      if (connection.identity.expiresAt !== undefined) closeAtExpiry(connection, connection.identity.expiresAt);
      return true;
    },
    async onSubscribe(context, _id, payload) {
      const { identity, request } = context.extra;
      // graphql-ws subscribes only after the acknowledgement, which only an identity gets.
      if (identity === undefined) throw new Error('subscribe before an acknowledged connection_init');
      const prepared = await prepare(payload, request, identity);
      if ('errors' in prepared) return prepared.errors;
      enveloped.set(prepared.args.contextValue as object, {
        subscribe: prepared.enveloped.subscribe,
        requestId: randomUUID(),
      });
      return prepared.args;
    },
    subscribe: (args) => {
      const own = enveloped.get(args.contextValue as object);
      if (own === undefined) throw new Error('an operation not prepared by onSubscribe');
      return own.subscribe(args);
    },
    onNext: (_context, _id, _payload, args, result) =>
      formatted(outgoing(result, enveloped.get(args.contextValue as object)?.requestId ?? randomUUID())),
    onError: (_context, _id, _payload, errors) =>
      formatted(outgoing({ errors: errors as GraphQLError[] }, randomUUID())).errors,
  });

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const connection: Connection = { socket, request, timers: new Set() };
    connections.add(connection);
    metrics.opened();
    // ws reports a protocol violation or a message past maxPayload here, then closes (1002, 1009).
    socket.on('error', (error: Error & { code?: string }) =>
      logger.debug({ code: error.code ?? null, transport: 'websocket' }, 'websocket protocol error'),
    );
    // Heartbeat: a ping each interval; a peer that did not answer the previous one is cut.
    let alive = true;
    socket.on('pong', () => {
      alive = true;
    });
    const heartbeat = setInterval(() => {
      if (!alive) {
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    }, deps.keepAliveMs ?? defaultKeepAliveMs(config));
    connection.timers.add(heartbeat);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // Resolves once the socket took the frame: a slow reader holds events in its stream's buffer.
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer, isBinary: boolean) => {
            if (isBinary) return socket.close(CloseCode.BadRequest, 'Invalid message received');
            handle(data.toString('utf8')).catch((error: Error & { code?: string }) => {
              // A send to a socket that went away, or a bug; never the message, which may quote input.
              logger.debug(
                { name: error.name, code: error.code ?? null, transport: 'websocket' },
                'websocket message failed',
              );
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      connection,
    );
    socket.once('close', (code: number, reason: Buffer) => {
      for (const timer of connection.timers) clearTimeout(timer);
      connections.delete(connection);
      metrics.closed();
      // graphql-ws ends the connection's streams (their `return`: the cap's places are given back).
      void closed(code, reason.toString('utf8'));
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refusal = draining ? 'draining' : refusalOf(request);
    if (refusal !== undefined) {
      metrics.refused(refusal);
      logger.debug({ reason: refusal, transport: 'websocket' }, 'websocket upgrade refused');
      const { status, text } = UPGRADE_STATUS[refusal];
      return refuseUpgrade(socket, status, text);
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  return {
    drain() {
      draining = true;
      for (const connection of connections) closeWhenIdle(connection, 1001, 'Going away');
      // A client that reads nothing keeps its last events unsent: cut it, the drain must end.
      setTimeout(() => {
        for (const connection of connections) connection.socket.terminate();
      }, DRAIN_GRACE_MS).unref();
    },
    close() {
      draining = true;
      for (const connection of connections) connection.socket.terminate();
      wss.close();
    },
  };
}
