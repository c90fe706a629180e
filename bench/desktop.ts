// Desktop workload: `npm run bench:desktop [-- --agents 10 --supervisors 5 --wall 50 --seconds 6]`.
// What the users of a contact centre cost in Connect's quota. N agents work their contact (open,
// rename, tag) and M supervisors refresh a wall of contacts and follow the instance's changes
// (Subscription.contactChanged over SSE), against the emulator throttling DescribeContact at
// Connect's default quota (10/s, burst 15). Each configuration (read cache off and on, one replica
// and two sharing a redis-server) runs in processes of its own; the report gives Connect's calls
// per minute by operation (the emulator's call log), its 429s, p50/p99 per user action, and the
// reads that showed a contact older than a change the gateway had already answered (stale).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import {
  type ActionRecord,
  agent,
  type Counters,
  NameHistory,
  readContacts,
  subscribe,
  supervisor,
} from './desktop-users.ts';
import { startEmulatorProcess, startGatewayProcess, stop } from './soak-processes.ts';

const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: '10' },
    supervisors: { type: 'string', default: '5' },
    wall: { type: 'string', default: '50' },
    'wall-seconds': { type: 'string', default: '5' },
    'agent-seconds': { type: 'string', default: '5' },
    seconds: { type: 'string', default: '6' },
    'cache-seconds': { type: 'string', default: '30' },
    configs: { type: 'string', default: 'off/1,on/1,off/2,on/2' },
  },
});
const number = (name: keyof typeof values, min: number) => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}`);
  return value;
};
const agents = number('agents', 0);
const supervisors = number('supervisors', 0);
const wallSize = Math.max(number('wall', 1), agents);
const wallMs = number('wall-seconds', 0.5) * 1_000;
const agentMs = number('agent-seconds', 0.5) * 1_000;
const runMs = number('seconds', 1) * 1_000;
const cacheSeconds = String(number('cache-seconds', 1));
const configs = String(values.configs)
  .split(',')
  .map((config) => {
    const [cache, replicas] = config.split('/');
    if ((cache !== 'on' && cache !== 'off') || (replicas !== '1' && replicas !== '2'))
      throw new Error(`--configs: each is off/1, on/1, off/2 or on/2 (got ${config})`);
    return { cache: cache === 'on', replicas: Number(replicas) };
  });

const INSTANCE_ID = '11111111-2222-4333-8444-555555555555';
// As Connect answers a throttled DescribeContact: 429 ThrottlingException at its default quota.
const THROTTLE = { kind: 'throttle', operation: 'DescribeContact', ratePerSecond: 10, burst: 15 };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Debian's redis-server on a free loopback port, no persistence. */
async function startRedis(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return { child, url: `redis://127.0.0.1:${port}` };
}

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

// /ready shows its checks (Redis among them) only to the METRICS_TOKEN bearer in production.
const METRICS_TOKEN = 'bench-desktop-metrics-token-0123456789';

async function untilReady(url: string): Promise<void> {
  for (const until = performance.now() + 10_000; performance.now() < until; ) {
    const response = await fetch(url.replace('/graphql', '/ready'), {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const ready = (await response.json()) as { checks?: { redis: string } };
    if (ready.checks === undefined) throw new Error(`/ready answered no checks: ${JSON.stringify(ready)}`);
    if (ready.checks.redis !== 'unavailable') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the gateway did not reach Redis');
}

async function measure(cache: boolean, replicas: number) {
  const redis = replicas > 1 ? await startRedis() : undefined;
  const emulator = await startEmulatorProcess();
  const control = (path: string, init?: RequestInit) => fetch(`${emulator.url}/_emulator/${path}`, init);
  const env = {
    ...(cache ? { CONNECT_READ_CACHE_SECONDS: cacheSeconds } : {}),
    ...(redis ? { REDIS_URL: redis.url } : {}),
    // Every supervisor follows the instance as the same (anonymous) subject.
    SUBSCRIPTIONS_MAX_PER_SUBJECT: String(Math.max(20, supervisors)),
    METRICS_TOKEN,
  };
  const gateways = await Promise.all(Array.from({ length: replicas }, () => startGatewayProcess(emulator.url, env)));
  const subscriptions = new AbortController();
  try {
    for (const { url } of gateways) await untilReady(url);
    const wall = Array.from({ length: wallSize }, (_, i) => `wall-${String(i).padStart(4, '0')}`);
    await control('contacts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        wall.map((contactId, i) => ({ instanceId: INSTANCE_ID, contactId, contact: { Name: `Contact ${i}` } })),
      ),
    });
    // The walls as the supervisors opened them before the run (at once, before Connect's quota
    // applies): with the cache on, its entries are there as they would be in a long session.
    for (const { url } of gateways)
      for (let i = 0; i < wall.length; i += 10) await readContacts(url, INSTANCE_ID, wall.slice(i, i + 10));
    await control('faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(THROTTLE),
    });
    const history = new NameHistory(Object.fromEntries(wall.map((id, i) => [id, `Contact ${i}`])));
    const counters: Counters = { staleReads: 0, readsChecked: 0, events: 0 };
    const records: ActionRecord[] = [];
    const at = (k: number) => gateways[k % gateways.length]?.url ?? '';
    const subscribed = Array.from({ length: supervisors }, (_, k) =>
      subscribe(
        at(k),
        { instanceId: INSTANCE_ID, history, counters, record: () => {}, until: 0 },
        subscriptions.signal,
      ),
    );
    // The subscriptions open; the calls are counted from here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await control('calls', { method: 'DELETE' });
    const ctx = {
      instanceId: INSTANCE_ID,
      history,
      counters,
      record: (r: ActionRecord) => records.push(r),
      until: performance.now() + runMs,
    };
    const started = performance.now();
    await Promise.all([
      ...Array.from({ length: agents }, (_, n) => agent(at(n), ctx, wall[n] ?? '', agentMs, n)),
      ...Array.from({ length: supervisors }, (_, k) => supervisor(at(k + agents), ctx, wall, wallMs)),
    ]);
    const minutes = (performance.now() - started) / 60_000;
    const log = (await (await control('calls')).json()) as {
      counts: Record<string, number>;
      calls: { operation: string; status?: number }[];
    };
    subscriptions.abort();
    await Promise.allSettled(subscribed);
    const perMinute = Object.fromEntries(
      Object.entries(log.counts)
        .filter(([, count]) => count > 0)
        .map(([operation, count]) => [operation, Math.round(count / minutes)]),
    );
    const actions: Record<string, { count: number; failed: number; p50: number; p99: number }> = {};
    for (const action of ['open', 'update', 'tag', 'wall'] as const) {
      const mine = records.filter((r) => r.action === action);
      const ms = mine.map((r) => r.ms).sort((x, y) => x - y);
      actions[action] = {
        count: mine.length,
        failed: mine.filter((r) => !r.ok).length,
        p50: percentile(ms, 50),
        p99: percentile(ms, 99),
      };
    }
    const changes = (actions.update?.count ?? 0) + (actions.tag?.count ?? 0);
    const describes = log.counts.DescribeContact ?? 0;
    return {
      cache: cache ? `CONNECT_READ_CACHE_SECONDS=${cacheSeconds}` : 'off',
      replicas,
      seconds: Math.round(minutes * 60 * 10) / 10,
      connectCallsPerMinute: perMinute,
      http429: log.calls.filter((c) => c.status === 429).length,
      contactChanges: changes,
      describeContactPerChange: changes === 0 ? null : Math.round((describes / changes) * 100) / 100,
      wallContactViews: (actions.wall?.count ?? 0) * wallSize,
      staleReads: counters.staleReads,
      readsChecked: counters.readsChecked,
      subscriptionEvents: counters.events,
      actionsMs: actions,
    };
  } finally {
    subscriptions.abort();
    for (const gateway of gateways) await stop(gateway.child);
    await stop(emulator.child);
    if (redis) await stop(redis.child);
  }
}

const results = [];
for (const { cache, replicas } of configs) results.push(await measure(cache, replicas));
const report = {
  command: `npm run bench:desktop -- --agents ${agents} --supervisors ${supervisors} --wall ${wallSize} --wall-seconds ${wallMs / 1_000} --agent-seconds ${agentMs / 1_000} --seconds ${runMs / 1_000}`,
  load: `${agents} agents (open, rename, tag their contact every ${agentMs / 1_000} s), ${supervisors} supervisors (a wall of ${wallSize} contacts every ${wallMs / 1_000} s, in requests of 10, and a contactChanged subscription each); DescribeContact throttled by the emulator at 10/s, burst 15 (Connect's default); SDK standard retries, 3 attempts`,
  results,
};
console.log(JSON.stringify(report, null, 2));
const stale = results.reduce((sum, r) => sum + r.staleReads, 0);
if (stale > 0) {
  console.error(`${stale} stale read(s): a read showed a contact older than a change the gateway had answered`);
  process.exitCode = 1;
}
