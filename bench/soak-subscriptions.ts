// Subscription soak: `npm run soak:subscriptions [-- --streams 1000 --rate 2 --duration 20]` (or
// SOAK_STREAMS, SOAK_RATE, SOAK_DURATION). Starts a redis-server, the Connect emulator and two
// gateway replicas (each its own process, CONNECT_BACKEND=aws, REDIS_URL), opens `streams` SSE
// subscriptions split across the replicas, sends `rate` updateContact mutations a second through
// both replicas in turn, and reports delivery latency (from the mutation's answer to each event),
// memory per stream and lost events. Loopback only; about `duration` + 20 s, never more than
// `duration` + 60 s. Exits 1 on a lost, duplicated or failed event.
import { parseArgs } from 'node:util';
import { ContactChangedDocument } from '../operations/generated/graphql.ts';
import { againstEmulator } from '../test/lifecycle/processes.ts';
import { type SseStream, subscribe } from '../test/subscriptions/support/sse.ts';
import { startRedisServer } from '../test/support/redis-server.ts';
import {
  renameContact,
  renamesResent,
  rssBytes,
  SOAK_INSTANCE_ID,
  type Started,
  startNode,
  stop,
} from './soak-processes.ts';
import { gatewayArgs } from './start-command.ts';

const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: process.env.SOAK_STREAMS ?? '1000' },
    rate: { type: 'string', default: process.env.SOAK_RATE ?? '2' },
    duration: { type: 'string', default: process.env.SOAK_DURATION ?? '20' },
  },
});
const streamCount = Number(values.streams);
const rate = Number(values.rate);
const duration = Number(values.duration);
if (![streamCount, rate, duration].every((n) => Number.isInteger(n) && n > 0) || duration > 40)
  throw new Error('streams, rate and duration must be positive integers; duration at most 40 s');
// Bounded whatever happens: start-up, opening the streams, the run and the drain fit in this.
const DEADLINE_MS = (duration + 60) * 1000;
const begun = performance.now();
const progress = (message: string) =>
  console.error(`[${((performance.now() - begun) / 1000).toFixed(1)} s] ${message}`);
setTimeout(() => {
  console.error(`soak:subscriptions did not finish within ${DEADLINE_MS / 1000} s`);
  process.exit(1);
}, DEADLINE_MS).unref();

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const redis = await startRedisServer();
const emulator = await startNode(
  ['packages/connect-emulator/src/main.ts'],
  { EMULATOR_PORT: '0' },
  /^Connect emulator at /,
);
const emulatorUrl = /(http:\/\/\S+)/.exec(emulator.line)![1]!;
const replicaEnv = {
  ...againstEmulator(emulatorUrl),
  NODE_ENV: 'production',
  REDIS_URL: redis.url,
  // Every caller is `anonymous` without authentication: the subject cap must hold them all.
  SUBSCRIPTIONS_MAX_PER_SUBJECT: String(streamCount),
};
const replicas: Started[] = await Promise.all([0, 1].map(() => startNode(gatewayArgs(), replicaEnv, /"port":\d+/)));
const streams: { stream: SseStream<unknown>; replica: number }[] = [];
process.once('exit', () => {
  for (const started of [...replicas, emulator]) started.child.kill('SIGKILL');
  void redis.stop();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const urls = replicas.map((r) => `http://127.0.0.1:${/"port":(\d+)/.exec(r.line)![1]!}/graphql`);

try {
  // Warm both replicas (JIT, sockets to the emulator and Redis) before measuring memory.
  for (let i = 0; i < 20; i++) await renameContact(urls[i % 2]!, `warm-${i}`);
  const rssIdle = await Promise.all(replicas.map((r) => rssBytes(r.child.pid!)));
  progress(`replicas ready at ${urls.join(', ')}; opening ${streamCount} streams`);

  const opening = performance.now();
  for (let first = 0; first < streamCount; first += 100) {
    const batch = Array.from({ length: Math.min(100, streamCount - first) }, (_, k) => first + k);
    streams.push(
      ...(await Promise.all(
        batch.map(async (i) => ({
          replica: i % 2,
          stream: await subscribe(urls[i % 2]!, ContactChangedDocument, { instanceId: SOAK_INSTANCE_ID }),
        })),
      )),
    );
  }
  const openSeconds = (performance.now() - opening) / 1000;
  progress(`${streams.length} streams open in ${openSeconds.toFixed(1)} s; ${rate} mutations/s for ${duration} s`);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rssOpen = await Promise.all(replicas.map((r) => rssBytes(r.child.pid!)));

  // Each stream reads its events as they come: arrival times per mutation name.
  const arrivals = streams.map(() => new Map<string, number>());
  let duplicates = 0;
  let reading = true;
  const readers = streams.map(async ({ stream }, s) => {
    while (reading) {
      const event = await stream.next(2_000).catch(() => undefined);
      if (event?.event !== 'next') continue;
      const name = (event.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged.changes[0]
        ?.value;
      if (typeof name !== 'string') continue;
      if (arrivals[s]!.has(name)) duplicates++;
      else arrivals[s]!.set(name, performance.now());
    }
  });

  // A steady rate, whatever each mutation takes: they are sent on schedule, not one after another.
  const answeredAt = new Map<string, number>();
  const failed: string[] = [];
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const ticker = setInterval(() => progress(`${answeredAt.size} mutations answered, ${failed.length} failed`), 5_000);
  for (let i = 0; i < rate * duration; i++) {
    const due = started + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const name = `soak-${i}`;
    inFlight.push(
      renameContact(urls[i % 2]!, name).then(
        (at) => void answeredAt.set(name, at),
        (error: unknown) => void failed.push(`${name}: ${String(error)}`),
      ),
    );
  }
  await Promise.all(inFlight);
  clearInterval(ticker);
  const total = answeredAt.size;
  progress(`${total} mutations answered; waiting for the last events`);
  const rssEnd = await Promise.all(replicas.map((r) => rssBytes(r.child.pid!)));
  // Let the last events arrive (at most 5 s), then stop reading.
  const complete = () => arrivals.every((received) => received.size >= total);
  for (const until = performance.now() + 5_000; !complete() && performance.now() < until; )
    await new Promise((resolve) => setTimeout(resolve, 100));
  reading = false;
  for (const { stream } of streams) stream.close();
  await Promise.all(readers);
  progress('streams closed');

  const latencies: number[] = [];
  let lost = 0;
  for (const received of arrivals)
    for (const [name, answered] of answeredAt) {
      const at = received.get(name);
      if (at === undefined) lost++;
      else latencies.push(at - answered);
    }
  latencies.sort((a, b) => a - b);
  const perStream = rssOpen.map((open, r) => kb((open - rssIdle[r]!) / (streamCount / 2)));
  const report = {
    command: `npm run soak:subscriptions -- --streams ${streamCount} --rate ${rate} --duration ${duration}`,
    streams: streamCount,
    replicas: 2,
    mutations: total,
    mutationsPerSecond: rate,
    streamsOpenedInSeconds: Math.round(openSeconds * 10) / 10,
    eventsExpected: total * streamCount,
    eventsDelivered: latencies.length,
    lost,
    duplicates,
    mutationsFailed: failed,
    mutationsResentAfterReset: renamesResent(),
    // Negative: the event reached the subscriber before the mutation's own answer reached its client.
    deliveryLatencyMs: {
      p50: Math.round(percentile(latencies, 50) * 10) / 10,
      p99: Math.round(percentile(latencies, 99) * 10) / 10,
      max: Math.round((latencies.at(-1) ?? NaN) * 10) / 10,
    },
    rssMb: rssIdle.map((idle, r) => ({ idle: mb(idle), streamsOpen: mb(rssOpen[r]!), end: mb(rssEnd[r]!) })),
    rssKbPerStream: perStream,
  };
  console.log(JSON.stringify(report, null, 2));
  const exits = await Promise.all(replicas.map((r) => stop(r.child)));
  process.exitCode = lost > 0 || duplicates > 0 || failed.length > 0 || exits.some((code) => code !== 0) ? 1 : 0;
} finally {
  for (const started of replicas) if (started.child.exitCode === null) started.child.kill('SIGKILL');
  await stop(emulator.child);
  await redis.stop();
}
