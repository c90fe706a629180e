import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Client, type ClientOptions, createClient, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';

/** What a graphql-ws subscription receives: a result, the protocol's `error`, or `complete`. */
export type WsEvent<TResult = unknown> =
  | { kind: 'next'; data: ExecutionResult<TResult> }
  | { kind: 'error'; error: unknown }
  | { kind: 'complete' };

/** A ws WebSocket class that sends `headers` with the upgrade (Origin, router-authorization). */
export function socketWithHeaders(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  } as typeof WebSocket;
}

export interface WsConnection {
  client: Client;
  /** Resolves with the close code when the connection closes. */
  closed: Promise<number>;
  /** Resolves when the server acknowledged connection_init. */
  connected: Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The real graphql-ws client over ws, connecting at once and never retrying, so that a refusal shows
 * as one close code. `authorization` goes in connection_init's payload.
 */
export function connectWs(
  url: string,
  options: {
    authorization?: string;
    headers?: Record<string, string>;
    payload?: Record<string, unknown>;
  } & Partial<ClientOptions> = {},
): WsConnection {
  const { authorization, headers, payload, ...rest } = options;
  let onClosed: (code: number) => void = () => undefined;
  let onConnected: () => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url,
    webSocketImpl: headers ? socketWithHeaders(headers) : WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { ...payload, ...(authorization === undefined ? {} : { authorization }) },
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => onClosed((event as { code: number }).code),
      connected: () => onConnected(),
    },
    ...rest,
  });
  return { client, closed, connected, dispose: async () => void (await client.dispose()) };
}

export interface WsSubscription<TResult> {
  /** The next event; rejects when none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<WsEvent<TResult>>;
  /** The events of the next `ms` milliseconds (to show that none came). */
  during(ms: number): Promise<WsEvent<TResult>[]>;
  /** Completes the subscription from the client's side. */
  unsubscribe(): void;
}

/** Subscribes on `client` and queues what arrives. */
export function subscribeWs<TResult, TVariables>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables: TVariables,
  extra: Partial<SubscribePayload> = {},
): WsSubscription<TResult> {
  const events: WsEvent<TResult>[] = [];
  let wake: (() => void) | undefined;
  const push = (event: WsEvent<TResult>) => {
    events.push(event);
    wake?.();
  };
  const unsubscribe = client.subscribe<TResult>(
    {
      query: typeof document === 'string' ? document : print(document),
      variables: variables as Record<string, unknown>,
      ...extra,
    },
    {
      next: (data) => push({ kind: 'next', data: data as ExecutionResult<TResult> }),
      error: (error) => push({ kind: 'error', error }),
      complete: () => push({ kind: 'complete' }),
    },
  );
  return {
    async next(timeoutMs = 5_000) {
      const until = performance.now() + timeoutMs;
      while (events.length === 0) {
        const left = until - performance.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return events.shift() as WsEvent<TResult>;
    },
    async during(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return events.splice(0);
    },
    unsubscribe,
  };
}

/** The GraphQL error codes of an event (a result's errors, or the protocol's `error` message). */
export function codesOf(event: WsEvent): unknown[] {
  if (event.kind === 'next') return (event.data.errors ?? []).map((e) => e.extensions?.code);
  if (event.kind === 'error' && Array.isArray(event.error))
    return (event.error as { extensions?: { code?: unknown } }[]).map((e) => e.extensions?.code);
  return [];
}

/**
 * A raw WebSocket (ws) for protocol-level tests: the HTTP answer of a refused upgrade, close codes,
 * oversize messages, a client that never pongs or never reads.
 */
export function rawSocket(
  url: string,
  options: { headers?: Record<string, string>; protocol?: string | null; autoPong?: boolean } = {},
) {
  const socket = new WebSocket(url, options.protocol === null ? [] : [options.protocol ?? 'graphql-transport-ws'], {
    headers: options.headers,
    autoPong: options.autoPong ?? true,
  });
  const messages: Record<string, unknown>[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  // Awaited only by tests that expect the socket to open.
  opened.catch(() => undefined);
  // The status of a refused upgrade, or 101; -1 when the connection itself failed.
  const status = new Promise<number>((resolve) => {
    socket.once('upgrade', (response) => resolve(response.statusCode ?? 0));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(-1));
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  return {
    socket,
    messages,
    opened,
    status,
    closed,
    send: (message: unknown) => socket.send(JSON.stringify(message)),
  };
}
