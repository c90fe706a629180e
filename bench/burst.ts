// Burst: `npm run bench:burst [-- --burst 30,60]`. For each budget setting (none, then
// CONNECT_QUOTAS=defaults) starts the Connect emulator and the gateway each in its own process
// (CONNECT_BACKEND=aws against the emulator's endpoint), throttles the emulator's UpdateContact at
// Connect's default quota (10/s, burst 15), sends each burst of updateContact mutations at once
// (with the bucket full again before each) and reports the answers, their latency and the 429s
// Connect (the emulator) answered.
import { parseArgs } from 'node:util';
import { startEmulatorProcess, startGatewayProcess, stop } from './soak-processes.ts';
import { UPDATE_WORKLOAD } from './workloads.ts';

const { values } = parseArgs({ options: { burst: { type: 'string', default: process.env.BURST_SIZES ?? '30,60' } } });
const sizes = values.burst.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--burst must be positive integers, got ${values.burst}`);

// As Connect answers a throttled call: 429 ThrottlingException without a Retry-After header.
const THROTTLE = { kind: 'throttle', operation: 'UpdateContact', ratePerSecond: 10, burst: 15 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  typename: string;
  ms: number;
}

async function send(url: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: UPDATE_WORKLOAD.body,
  });
  const body = (await response.json()) as { data?: { updateContact?: { __typename: string } } };
  return {
    typename: body.data?.updateContact?.__typename ?? `HTTP ${response.status} / GraphQL error`,
    ms: performance.now() - started,
  };
}

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);

async function measure(budget: string | undefined) {
  const emulator = await startEmulatorProcess();
  const control = (path: string, init?: RequestInit) => fetch(`${emulator.url}/_emulator/${path}`, init);
  const gateway = await startGatewayProcess(emulator.url, budget === undefined ? {} : { CONNECT_QUOTAS: budget });
  const { url } = gateway;
  try {
    await control('faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(THROTTLE),
    });
    await send(url); // warm: the first request compiles the gateway's hot paths
    const results = [];
    for (const size of sizes) {
      await sleep(2_000); // Connect's bucket (and the budget's window) full again
      await control('calls', { method: 'DELETE' });
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: size }, () => send(url)));
      const wallMs = Math.round(performance.now() - started);
      const log = (await (await control('calls')).json()) as { calls: { operation: string; status?: number }[] };
      const calls = log.calls.filter((c) => c.operation === 'UpdateContact');
      const byType: Record<string, number> = {};
      for (const { typename } of answers) byType[typename] = (byType[typename] ?? 0) + 1;
      const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
      results.push({
        burst: size,
        answers: byType,
        latencyMs: { p50: percentile(ms, 50), p90: percentile(ms, 90), max: Math.round(ms.at(-1) ?? NaN) },
        wallMs,
        connect: { calls: calls.length, http429: calls.filter((c) => c.status === 429).length },
      });
    }
    return { budget: budget === undefined ? 'none (CONNECT_QUOTAS unset)' : `CONNECT_QUOTAS=${budget}`, results };
  } finally {
    await stop(gateway.child);
    await stop(emulator.child);
  }
}

const report = {
  command: `npm run bench:burst -- --burst ${sizes.join(',')}`,
  connectQuota:
    "UpdateContact throttled by the emulator at 10/s, burst 15 (Connect's default); deadline 10 s; SDK standard retries, 3 attempts",
  before: await measure(undefined),
  after: await measure('defaults'),
};
console.log(JSON.stringify(report, null, 2));
