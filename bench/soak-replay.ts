// Failover soak: `npm run soak:replay [-- --clients 200 --rate 20 --duration 60 --kill-at 30]` (or
// SOAK_CLIENTS, SOAK_RATE, SOAK_DURATION, SOAK_KILL_AT). Starts a redis-server, the Connect emulator
// and two gateway replicas (each its own process, NODE_ENV=production, REDIS_URL), opens `clients` SSE
// subscriptions split across the replicas, sends `rate` updateContact mutations a second for
// `duration` s through the live replicas in turn, and SIGKILLs replica A at `kill-at` s. Its clients
// subscribe again on replica B with the id of the last event they received (Last-Event-ID), as an
// EventSource does. Reports per client the events expected and received, lost, duplicated and out of
// order (ids not increasing), latency from each mutation's answer to each event, and reconnect
// times. A stream the gateway ends with an error (STREAM_OVERFLOW when this process reads too
// slowly) is resumed the same way and counted. Loopback only; about `duration` + 20 s, never more than `duration` + 90 s. Exits 1 on a lost
// or duplicated event, or a mutation that failed other than by the kill.
import { parseArgs } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { type SseStream, subscribe } from '../test/subscriptions/support/sse.ts';
import { startRedisServer } from '../test/support/redis-server.ts';
import {
  renameContact,
  renamesResent,
  SOAK_INSTANCE_ID,
  type Started,
  startEmulatorProcess,
  startGatewayProcess,
  stop,
} from './soak-processes.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: process.env.SOAK_CLIENTS ?? '200' },
    rate: { type: 'string', default: process.env.SOAK_RATE ?? '20' },
    duration: { type: 'string', default: process.env.SOAK_DURATION ?? '60' },
    'kill-at': { type: 'string', default: process.env.SOAK_KILL_AT },
  },
});
const clientCount = Number(values.clients);
const rate = Number(values.rate);
const duration = Number(values.duration);
const killAt = Number(values['kill-at'] ?? Math.floor(duration / 2));
if (![clientCount, rate, duration].every((n) => Number.isInteger(n) && n > 0) || duration > 600)
  throw new Error('clients, rate and duration must be positive integers; duration at most 600 s');
if (!Number.isInteger(killAt) || killAt < 1 || killAt >= duration)
  throw new Error('kill-at must be a whole second within the run (1 to duration - 1)');
// Bounded whatever happens: start-up, opening the streams, the run and the drain fit in this.
const DEADLINE_MS = (duration + 90) * 1000;
const begun = performance.now();
const progress = (message: string) =>
  console.error(`[${((performance.now() - begun) / 1000).toFixed(1)} s] ${message}`);
setTimeout(() => {
  console.error(`soak:replay did not finish within ${DEADLINE_MS / 1000} s`);
  process.exit(1);
}, DEADLINE_MS).unref();

/** What each client selects: the changed name (each mutation's own) and nothing that needs a read of Connect. */
const CHANGES: TypedDocumentNode<unknown, { instanceId: string }> = parse(
  'subscription ($instanceId: ID!) { contactChanged(instanceId: $instanceId) { changes { value } } }',
);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN) };
};
/** An event id `<ms>-<seq>` as a pair that compares in stream order. */
const idOrder = (id: string): [number, number] => {
  const [ms, seq] = id.split('-').map(Number);
  return [ms ?? 0, seq ?? 0];
};
const after = (a: string, b: string) => {
  const [x, y] = [idOrder(a), idOrder(b)];
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
};

const redis = await startRedisServer();
const emulator = await startEmulatorProcess();
const replicaEnv = {
  REDIS_URL: redis.url,
  // Every caller is `anonymous` without authentication: the subject cap must hold them all.
  SUBSCRIPTIONS_MAX_PER_SUBJECT: String(clientCount),
};
const replicas: (Started & { url: string })[] = await Promise.all(
  [0, 1].map(() => startGatewayProcess(emulator.url, replicaEnv)),
);
process.once('exit', () => {
  for (const started of [...replicas, emulator]) started.child.kill('SIGKILL');
  void redis.stop();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const urls = replicas.map((r) => r.url);
const alive = [true, true];

/** One client as an EventSource behaves: on the end of its stream it subscribes again with Last-Event-ID. */
class Client {
  readonly arrivals = new Map<string, number>();
  duplicates = 0;
  outOfOrder = 0;
  /** Error codes its streams ended with (STREAM_OVERFLOW for a client that read too slowly, …): it resumes after each. */
  readonly errors: string[] = [];
  /** Resumes after its connection was lost (the kill): how long each took, and when it was back. */
  readonly reconnectMs: number[] = [];
  resumedAt: number | undefined;
  private cause: 'connection' | 'error' = 'connection';
  private lastId: string | undefined;
  private stream: SseStream<unknown> | undefined;
  private running = true;
  private done: Promise<void> | undefined;

  private replica: number;

  constructor(replica: number) {
    this.replica = replica;
  }

  async open(): Promise<void> {
    this.stream = await this.subscribe();
    this.done = this.read();
  }

  private async subscribe(): Promise<SseStream<unknown>> {
    const headers: Record<string, string> = this.lastId === undefined ? {} : { 'last-event-id': this.lastId };
    const stream = await subscribe(urls[this.replica]!, CHANGES, { instanceId: SOAK_INSTANCE_ID }, headers);
    if (stream.status !== 200) throw new Error(`subscription answered ${stream.status}`);
    return stream;
  }

  private async read(): Promise<void> {
    while (this.running) {
      const event = await this.stream!.next(2_000).catch((error: Error) =>
        error.message.startsWith('no event within') ? undefined : 'ended',
      );
      if (event === undefined) continue;
      if (event === 'ended' || event.event === 'complete') {
        if (this.running) await this.reconnect();
        this.cause = 'connection';
        continue;
      }
      const code = event.data.errors?.[0]?.extensions?.code;
      if (code !== undefined) {
        // The stream's last event, before `complete`.
        this.errors.push(String(code));
        this.cause = 'error';
        continue;
      }
      const name = (event.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged.changes[0]
        ?.value;
      if (event.id !== undefined) {
        if (this.lastId !== undefined && !after(event.id, this.lastId)) this.outOfOrder++;
        else this.lastId = event.id;
      }
      if (typeof name !== 'string') continue;
      if (this.arrivals.has(name)) this.duplicates++;
      else this.arrivals.set(name, performance.now());
    }
  }

  /** Subscribes again, on the other replica when this one refuses, until a stream opens. */
  private async reconnect(): Promise<void> {
    const lost = performance.now();
    // After an error (a resume refused, an overflow) not at once: a refusal would repeat in a tight loop.
    if (this.cause === 'error') await sleep(100);
    while (this.running) {
      try {
        this.stream = await this.subscribe();
        if (this.cause === 'connection') {
          this.resumedAt = performance.now();
          this.reconnectMs.push(this.resumedAt - lost);
        }
        return;
      } catch {
        this.replica = 1 - this.replica;
        await sleep(50);
      }
    }
  }

  async close(): Promise<void> {
    this.running = false;
    this.stream?.close();
    await this.done;
  }
}

const clients: Client[] = [];
try {
  // Warm both replicas (JIT, sockets to the emulator and Redis).
  for (let i = 0; i < 20; i++) await renameContact(urls[i % 2]!, `warm-${i}`);
  progress(`replicas ready at ${urls.join(', ')}; opening ${clientCount} streams`);
  for (let first = 0; first < clientCount; first += 50) {
    const batch = Array.from({ length: Math.min(50, clientCount - first) }, (_, k) => new Client((first + k) % 2));
    await Promise.all(batch.map((client) => client.open()));
    clients.push(...batch);
  }
  // Every stream receives a first change (through either replica) before the clock starts.
  await renameContact(urls[0]!, 'probe');
  for (const until = performance.now() + 10_000; clients.some((c) => !c.arrivals.has('probe')); ) {
    if (performance.now() > until) throw new Error('not every stream received the probe change within 10 s');
    await sleep(50);
  }
  progress(`${clients.length} streams open; ${rate} mutations/s for ${duration} s, replica A killed at ${killAt} s`);

  // A steady rate, whatever each mutation takes: they are sent on schedule, not one after another.
  const answeredAt = new Map<string, number>();
  const failed: string[] = [];
  const failedByKill: string[] = [];
  const inFlight: Promise<void>[] = [];
  let killedAt: number | undefined;
  const started = performance.now();
  const killer = setTimeout(() => {
    alive[0] = false;
    killedAt = performance.now();
    replicas[0]!.child.kill('SIGKILL');
    progress(`replica A killed (SIGKILL); its ${Math.ceil(clientCount / 2)} clients resume on B`);
  }, killAt * 1000);
  const ticker = setInterval(
    () => progress(`${answeredAt.size} mutations answered, ${failed.length + failedByKill.length} failed`),
    10_000,
  );
  let turn = 0;
  for (let i = 0; i < rate * duration; i++) {
    const due = started + (i * 1000) / rate;
    await sleep(Math.max(0, due - performance.now()));
    const name = `soak-${i}`;
    let replica = turn++ % 2;
    if (!alive[replica]) replica = 1 - replica;
    inFlight.push(
      renameContact(urls[replica]!, name).then(
        (at) => void answeredAt.set(name, at),
        // A mutation the killed replica held: it may or may not have reached Connect; not counted.
        (error: unknown) => void (replica === 0 && !alive[0] ? failedByKill : failed).push(`${name}: ${String(error)}`),
      ),
    );
  }
  await Promise.all(inFlight);
  clearTimeout(killer);
  clearInterval(ticker);
  const total = answeredAt.size;
  progress(`${total} mutations answered; waiting for the last events`);
  const complete = () => clients.every((c) => [...answeredAt.keys()].every((name) => c.arrivals.has(name)));
  for (const until = performance.now() + 10_000; !complete() && performance.now() < until; ) await sleep(200);
  await Promise.all(clients.map((c) => c.close()));
  progress('streams closed');

  const latencies: number[] = [];
  const received: number[] = [];
  let lost = 0;
  for (const client of clients) {
    let ofClient = 0;
    for (const [name, answered] of answeredAt) {
      const at = client.arrivals.get(name);
      if (at === undefined) lost++;
      else {
        ofClient++;
        latencies.push(at - answered);
      }
    }
    received.push(ofClient);
  }
  const duplicates = clients.reduce((n, c) => n + c.duplicates, 0);
  const outOfOrder = clients.reduce((n, c) => n + c.outOfOrder, 0);
  const streamErrors: Record<string, number> = {};
  for (const code of clients.flatMap((c) => c.errors)) streamErrors[code] = (streamErrors[code] ?? 0) + 1;
  const resumed = clients.filter((c) => c.reconnectMs.length > 0);
  const fromKill = resumed.map((c) => (c.resumedAt ?? NaN) - (killedAt ?? NaN));
  const report = {
    command: `npm run soak:replay -- --clients ${clientCount} --rate ${rate} --duration ${duration} --kill-at ${killAt}`,
    clients: clientCount,
    replicas: 2,
    mutationsPerSecond: rate,
    mutations: total,
    mutationsFailed: failed,
    mutationsFailedWithTheKilledReplica: failedByKill.length,
    mutationsResentAfterReset: renamesResent(),
    eventsExpectedPerClient: total,
    eventsReceivedPerClient: { min: Math.min(...received), max: Math.max(...received) },
    eventsExpected: total * clientCount,
    eventsReceived: latencies.length,
    lost,
    duplicates,
    outOfOrder,
    // Streams the gateway ended with an error; each client resumed with Last-Event-ID after it.
    streamErrors,
    clientsResumedAfterTheKill: resumed.length,
    // Negative: the event reached the subscriber before the mutation's own answer reached its client.
    // Events replayed after the failover count from their mutation's answer too.
    latencyMs: summary(latencies),
    // From a client seeing its connection end to its new stream's answer, and from the kill to it.
    reconnectMs: summary(resumed.flatMap((c) => c.reconnectMs)),
    resumedAfterKillMs: summary(fromKill),
  };
  console.log(JSON.stringify(report, null, 2));
  const exit = await stop(replicas[1]!.child);
  process.exitCode = lost > 0 || duplicates > 0 || failed.length > 0 || exit !== 0 ? 1 : 0;
} finally {
  for (const client of clients) void client.close();
  for (const started of replicas) if (started.child.exitCode === null) started.child.kill('SIGKILL');
  await stop(emulator.child);
  await redis.stop();
}
