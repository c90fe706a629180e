import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallLog, CallRecord } from './call-log.ts';
import { createCallLog } from './call-log.ts';
import { handleConnectRequest } from './connect-request.ts';
import { handleControl } from './control/api.ts';
import { serviceError } from './errors.ts';
import type { ContactEventPublisher } from './events/publisher.ts';
import { createContactEventPublisher } from './events/publisher.ts';
import type { FaultRegistry } from './faults/registry.ts';
import { createFaults } from './faults/registry.ts';
import { sendError } from './http-io.ts';
import { parseRoute } from './routes.ts';
import { sqsError } from './sqs/errors.ts';
import { handleSqsRequest } from './sqs/request.ts';
import type { SqsService } from './sqs/service.ts';
import { createSqsService } from './sqs/service.ts';
import { SQS_TARGET_PREFIX, sendSqsError } from './sqs/wire.ts';
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
  /** Queues to create at start (SQS's defaults), e.g. the contact events queue and its DLQ. */
  sqsQueues?: readonly string[];
  /**
   * Send the emulator's contact events (EventBridge envelopes) into this queue, created at start
   * if needed. Default: no events.
   */
  contactEventsQueue?: string;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:4010 — use as the ConnectClient `endpoint`. */
  readonly url: string;
  readonly store: ContactStore;
  readonly faults: FaultRegistry;
  /** Every Connect request received, oldest first. */
  readonly calls: CallRecord[];
  readonly callLog: CallLog;
  /** The SQS side: queues, faults and call counts (same URL; `X-Amz-Target: AmazonSQS.*`). */
  readonly sqs: SqsService;
  /** Where contact events go: `contactEvents.queueName` (undefined = off) can be changed. */
  readonly contactEvents: ContactEventPublisher;
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
  let url = '';
  const sqs = createSqsService({ region: store.region, accountId: store.accountId, baseUrl: () => url, clock });
  const events = createContactEventPublisher({ store, queues: sqs.queues, clock });
  const deps = { store, faults, callLog, closing: closing.signal, clock, resetStore, sqs, events };

  const server = createServer((req, res) => {
    // SQS's JSON protocol posts to `/` with a target header; Connect's restJson1 never sends one.
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string' && target.startsWith(SQS_TARGET_PREFIX)) {
      handleSqsRequest(target, req, res, sqs, closing.signal).catch(() => {
        sendSqsError(res, sqsError('InternalFailure', 'Emulator internal error'));
      });
      return;
    }
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
  url = `http://${urlHost}:${port}`;
  const now = clock().getTime();
  for (const name of new Set([
    ...(options.sqsQueues ?? []),
    ...(options.contactEventsQueue ? [options.contactEventsQueue] : []),
  ])) {
    const created = sqs.queues.create(name, {}, now);
    if ('kind' in created) {
      server.close();
      server.closeAllConnections();
      throw new Error(`SQS queue ${name}: ${created.message}`);
    }
  }
  events.queueName = options.contactEventsQueue;

  return {
    url,
    store,
    faults,
    get calls() {
      return callLog.calls;
    },
    callLog,
    sqs,
    contactEvents: events,
    resetCalls: () => {
      callLog.reset();
      sqs.resetCalls();
    },
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
