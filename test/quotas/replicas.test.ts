import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { againstEmulator, jsonLine, type NodeProcess, startNode } from '../lifecycle/processes.ts';
import { updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { CONNECT_DEFAULT, statusCounts, tally } from './support.ts';

// Two gateway processes (node src/main.ts), as two replicas, against one Connect emulator process
// and one redis-server: CONNECT_QUOTAS=defaults counted in Redis, CONNECT_QUOTA_REPLICAS=2.
let redis: RedisServer;
let emulator: NodeProcess;
let emulatorUrl: string;
const gateways: { process: NodeProcess; url: string }[] = [];

const control = (path: string, init?: RequestInit) => fetch(`${emulatorUrl}/_emulator/${path}`, init);
const updateStatuses = async () => {
  const log = (await (await control('calls')).json()) as { calls: { operation: string; status?: number }[] };
  return statusCounts(log.calls.filter((call) => call.operation === 'UpdateContact'));
};
const quotasMode = async (url: string) =>
  ((await (await fetch(`${url}/ready`)).json()) as { checks: { quotas: string } }).checks.quotas;

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  for (const until = performance.now() + timeoutMs; !(await check()); await new Promise((r) => setTimeout(r, 50)))
    if (performance.now() > until) throw new Error('condition not met in time');
}

/** `count` updates at once to each gateway; the answers' __typename, counted. */
async function burstOnEach(count: number): Promise<Record<string, number>> {
  const query = 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename ... on Error{message}}}';
  const answers = await Promise.all(
    gateways.flatMap(({ url }) =>
      Array.from({ length: count }, async (_, i) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { i: updateInput({ name: `replica burst ${i}` }) } }),
        });
        const body = (await response.json()) as { data?: { updateContact: { __typename: string } } };
        return body.data?.updateContact.__typename ?? 'GraphQL error';
      }),
    ),
  );
  return tally(answers);
}

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = startNode(['packages/connect-emulator/src/main.ts'], { EMULATOR_PORT: '0' });
  const ready = await emulator.waitForLine((l) => l.startsWith('Connect emulator at '));
  emulatorUrl = ready.split(' ')[3] ?? '';
  await control('faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'throttle', operation: 'UpdateContact', ...CONNECT_DEFAULT, retryAfterSeconds: 1 }),
  });
  const env = {
    ...againstEmulator(emulatorUrl),
    REDIS_URL: redis.url,
    CONNECT_QUOTAS: 'defaults',
    CONNECT_QUOTA_REPLICAS: '2',
  };
  const started = [startNode(['src/main.ts'], env), startNode(['src/main.ts'], env)];
  for (const process of started) {
    const listening = jsonLine(await process.waitForLine((l) => jsonLine(l)?.port !== undefined, 30_000));
    gateways.push({ process, url: `http://127.0.0.1:${String(listening?.port)}` });
  }
  for (const { url } of gateways) await eventually(async () => (await quotasMode(url)) === 'shared');
}, 60_000);

afterAll(async () => {
  for (const { process } of gateways) process.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await redis?.stop();
});

describe('two gateway processes sharing the budget through Redis', () => {
  it("together stay within Connect's quota: 30 updates at once on each, 60 successes, no 429", async () => {
    await control('calls', { method: 'DELETE' });
    expect(await burstOnEach(30)).toEqual({ UpdateContactSuccess: 60 });
    // Each replica alone would send 7 calls per 700 ms window, 20 calls/s together: Connect would throttle.
    expect(await updateStatuses()).toEqual({ 200: 60 });
    // Counted in Redis: the windows' keys (each lives about 2 s).
    const client = new Redis(redis.url);
    try {
      expect(await client.keys('connect-quota:UpdateContact:*')).not.toEqual([]);
    } finally {
      client.disconnect();
    }
  }, 20_000);

  it('Redis stopped mid-run: every update still succeeds, each replica on its share, and sharing resumes', async () => {
    await control('calls', { method: 'DELETE' });
    const burst = burstOnEach(30);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await redis.stop();
    for (const { url } of gateways) await eventually(async () => (await quotasMode(url)) === 'local-fallback');
    expect(await burst).toEqual({ UpdateContactSuccess: 60 });
    expect(await updateStatuses()).toEqual({ 200: 60 });

    await redis.start();
    for (const { url } of gateways) await eventually(async () => (await quotasMode(url)) === 'shared');
    await control('calls', { method: 'DELETE' });
    expect(await burstOnEach(15)).toEqual({ UpdateContactSuccess: 30 });
    expect(await updateStatuses()).toEqual({ 200: 30 });
  }, 40_000);
});
