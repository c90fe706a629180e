import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallLog, CallRecord } from './call-log.ts';
import { createCallLog } from './call-log.ts';
import { handleConnectRequest } from './connect-request.ts';
import { handleControl } from './control/api.ts';
import { serviceError } from './errors.ts';
import type { FaultRegistry } from './faults/registry.ts';
import { createFaults } from './faults/registry.ts';
import { sendError } from './http-io.ts';
import { parseRoute } from './routes.ts';
import type { ContactStore } from './state/contacts.ts';
import { createStore } from './state/contacts.ts';
import { seedStore } from './state/seed.ts';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Start with the seed instance and contacts (default true). */
  seed?: boolean;
  /** Keep at least this many recent calls in `calls` (default 10 000; counts are never trimmed). */
  callLogLimit?: number;
  /** Random source for fault `rate` when a fault has no `seed`. */
  random?: () => number;
  /**
   * The clock Connect's time rules read (a schedule at most 6 days ahead, pause durations, stop
   * and transfer times). Default: the real time.
   */
  clock?: () => Date;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:4010 — use as the ConnectClient `endpoint`. */
  readonly url: string;
  readonly store: ContactStore;
  readonly faults: FaultRegistry;
  /** Every Connect request received, oldest first. */
  readonly calls: CallRecord[];
  readonly callLog: CallLog;
  resetCalls(): void;
  /** Restores the store to its starting state (seeded or empty). */
  resetStore(): void;
  /** Stops listening and drops every connection, including hung and keep-alive ones. */
  close(): Promise<void>;
}

/** Starts an Amazon Connect emulator (the operations of routes.ts, over restJson1) on loopback. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const store = createStore();
  const resetStore = (): void => {
    store.clear();
    if (options.seed ?? true) seedStore(store);
  };
  resetStore();
  const clock = options.clock ?? (() => new Date());
  // Throttle buckets refill by the same clock, so a test can hold time still.
  const faults = createFaults({ random: options.random, now: () => clock().getTime() });
  const callLog = createCallLog(options.callLogLimit);
  const closing = new AbortController();
  const deps = { store, faults, callLog, closing: closing.signal, clock, resetStore };

  const server = createServer((req, res) => {
    const route = parseRoute(req.method, req.url);
    const work =
      route.kind === 'control'
        ? handleControl(route.segments, req, res, deps)
        : handleConnectRequest(route, req, res, deps);
    work.catch(() => {
      // A bug must still produce an answer the SDK can parse.
      sendError(res, serviceError('InternalServiceException', 'Emulator internal error'));
    });
  });
  // Keep-alive sockets from SDK agents are closed by close(); no need to time them out early.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    store,
    faults,
    get calls() {
      return callLog.calls;
    },
    callLog,
    resetCalls: () => callLog.reset(),
    resetStore,
    close() {
      closing.abort();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
