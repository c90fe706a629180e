// Soak: `npm run soak [-- --connections 200 --duration 60 --warmup 10]` (or SOAK_CONNECTIONS,
// SOAK_DURATION, SOAK_WARMUP). Starts the Connect emulator and the gateway each in its own process,
// configured as in production (CONNECT_BACKEND=aws against the emulator's endpoint), drives
// concurrent updateContact mutations with autocannon, and reports throughput, latency, every kind
// of error and the gateway's memory. Exits 1 on any unexpected error.
import { parseArgs } from 'node:util';
import type { LoadResult, LoadSpec } from './load.ts';
import { runNode } from './processes.ts';
import { rssBytes, startEmulatorProcess, startGatewayProcess, stop } from './soak-processes.ts';
import { UPDATE_WORKLOAD } from './workloads.ts';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: process.env.SOAK_CONNECTIONS ?? '200' },
    duration: { type: 'string', default: process.env.SOAK_DURATION ?? '60' },
    warmup: { type: 'string', default: process.env.SOAK_WARMUP ?? '10' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const emulator = await startEmulatorProcess();
const gateway = await startGatewayProcess(
  emulator.url,
  process.env.SOAK_GATEWAY_ENV ? (JSON.parse(process.env.SOAK_GATEWAY_ENV) as Record<string, string>) : {},
);
// Never leave the two servers behind, whatever ends this script.
process.once('exit', () => {
  gateway.child.kill('SIGKILL');
  emulator.child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const { url } = gateway;
const gatewayPid = gateway.child.pid!;

// Each phase's load generator (autocannon, bench/load.ts) is a process of its own that has exited
// before the next starts. With both phases in this process, the second instance reported a few
// requests stalled for up to 15 s that the gateway never held for even 2 s (timed at node:http's
// 'request' and 'close'); a fresh process measures the server, not the generator's leftovers.
const run = async (seconds: number): Promise<LoadResult> => {
  const spec: LoadSpec = {
    url,
    connections,
    durationSeconds: seconds,
    body: UPDATE_WORKLOAD.body,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // A 200 is not enough: every body is parsed, and a GraphQL error or any union member but
    // UpdateContactSuccess counts.
    expect: UPDATE_WORKLOAD.expect,
    sampleEvery: 1,
    timeoutSeconds: 15,
  };
  const stdout = await runNode(['bench/load.ts'], {
    core: 1,
    env: { ...process.env, BENCH_LOAD: JSON.stringify(spec) },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as LoadResult;
};

try {
  const rssIdle = await rssBytes(gatewayPid);
  if (warmup > 0) await run(warmup);
  const rssStart = await rssBytes(gatewayPid);
  const samples: number[] = [];
  const sampler = setInterval(
    () =>
      void rssBytes(gatewayPid).then(
        (b) => samples.push(b),
        () => {},
      ),
    5_000,
  );
  const result = await run(duration);
  clearInterval(sampler);
  const rssEnd = await rssBytes(gatewayPid);
  const metrics = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  // Connect errors by type over the whole run, warm-up included. AbortError is expected: when
  // autocannon stops it drops its connections, and the gateway aborts the calls of those requests.
  const connectErrorsByType: Record<string, number> = {};
  for (const line of metrics.split('\n').filter((l) => l.startsWith('connect_errors_total{'))) {
    const type = /error_type="([^"]+)"/.exec(line)?.[1] ?? 'Unknown';
    connectErrorsByType[type] = (connectErrorsByType[type] ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  const { AbortError: abortedByClosingClients = 0, ...connectErrors } = connectErrorsByType;
  // Connect calls slower than 5 s (histogram: all calls minus those within the 5 s bucket).
  const bucket = (metric: string, le: string) =>
    metrics
      .split('\n')
      .filter((l) => l.startsWith(`${metric}_bucket{`) && l.includes(`le="${le}"`))
      .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
  const over5s = (metric: string) => bucket(metric, '+Inf') - bucket(metric, '5');
  const connectCallsOver5s = over5s('connect_call_duration_seconds');
  // HTTP requests the gateway itself took more than 5 s to answer (yoga's own measure).
  const gatewayRequestsOver5s = over5s('graphql_yoga_http_duration');

  const errors = {
    non2xx: result.non2xx,
    connectionErrors: result.connectionErrors,
    timeouts: result.timeouts,
    graphqlErrorsOrNonSuccess: result.verify.graphqlErrors + result.verify.wrongTypename,
    connectErrors: Object.values(connectErrors).reduce((a, b) => a + b, 0),
  };
  const unexpected = Object.values(errors).reduce((a, b) => a + b, 0);
  const report = {
    command: `npm run soak -- --connections ${connections} --duration ${duration} --warmup ${warmup}`,
    connections,
    durationSeconds: duration,
    requests: result.requests,
    requestsPerSecond: Math.round(result.requestsPerSecond),
    latencyMs: {
      p50: result.latencyMs.p50,
      p90: result.latencyMs.p90,
      p99: result.latencyMs.p99,
      max: result.latencyMs.max,
    },
    errors,
    connectErrorsByType,
    abortedByClosingClients,
    connectCallsOver5s,
    gatewayRequestsOver5s,
    gatewayRssMb: {
      idle: mb(rssIdle),
      start: mb(rssStart),
      end: mb(rssEnd),
      min: mb(Math.min(rssStart, ...samples, rssEnd)),
      max: mb(Math.max(rssStart, ...samples, rssEnd)),
      every5s: samples.map(mb),
    },
  };
  console.log(JSON.stringify(report, null, 2));
  const gatewayExit = await stop(gateway.child);
  if (gatewayExit !== 0) console.error(`gateway exited with ${gatewayExit} on SIGTERM`);
  process.exitCode = unexpected > 0 || gatewayExit !== 0 ? 1 : 0;
} finally {
  if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
  await stop(emulator.child);
}
