// Soak: `npm run soak [-- --connections 200 --duration 60 --warmup 10]` (or SOAK_CONNECTIONS,
// SOAK_DURATION, SOAK_WARMUP). Starts the Connect emulator and the gateway each in its own process,
// configured as in production (CONNECT_BACKEND=aws against the emulator's endpoint), drives
// concurrent updateContact mutations with autocannon, and reports throughput, latency, every kind
// of error and the gateway's memory. Exits 1 on any unexpected error.
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { rssBytes, startNode, stop } from './soak-processes.ts';

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

const INSTANCE_ID = '11111111-2222-4333-8444-555555555555';
const CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000001';
const body = JSON.stringify({
  query:
    'mutation Soak($i:UpdateContactInput!){updateContact(input:$i){__typename ... on UpdateContactSuccess{contactId requestId}}}',
  variables: { i: { instanceId: INSTANCE_ID, contactId: CONTACT_ID, name: 'soak', description: 'soak test' } },
});

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const emulator = await startNode('src/emulator/main.ts', { EMULATOR_PORT: '0' }, /^Connect emulator at /);
const emulatorUrl = /(http:\/\/\S+)/.exec(emulator.line)![1]!;
const gateway = await startNode(
  'src/main.ts',
  {
    NODE_ENV: 'production',
    // Nothing is logged per successful request; info gives the start-up line with the port.
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
    CONNECT_BACKEND: 'aws',
    AWS_ENDPOINT_URL_CONNECT: emulatorUrl,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'soak',
    AWS_SECRET_ACCESS_KEY: 'soak',
    AUTH_DISABLED: 'true',
    ...(process.env.SOAK_GATEWAY_ENV ? (JSON.parse(process.env.SOAK_GATEWAY_ENV) as Record<string, string>) : {}),
  },
  /"port":\d+/,
);
// Never leave the two servers behind, whatever ends this script.
process.once('exit', () => {
  gateway.child.kill('SIGKILL');
  emulator.child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const port = /"port":(\d+)/.exec(gateway.line)![1]!;
const url = `http://127.0.0.1:${port}/graphql`;
const gatewayPid = gateway.child.pid!;

const run = (seconds: number) =>
  autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    timeout: 15,
    // A 200 is not enough: a GraphQL error or any union member but success counts as a mismatch.
    verifyBody: (text) => typeof text === 'string' && text.includes('"UpdateContactSuccess"') && !text.includes('"errors"'),
  });

try {
  const rssIdle = await rssBytes(gatewayPid);
  if (warmup > 0) await run(warmup);
  const rssStart = await rssBytes(gatewayPid);
  const samples: number[] = [];
  const sampler = setInterval(() => void rssBytes(gatewayPid).then((b) => samples.push(b), () => {}), 5_000);
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
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrorsOrNonSuccess: result.mismatches,
    connectErrors: Object.values(connectErrors).reduce((a, b) => a + b, 0),
  };
  const unexpected = Object.values(errors).reduce((a, b) => a + b, 0);
  const report = {
    command: `npm run soak -- --connections ${connections} --duration ${duration} --warmup ${warmup}`,
    connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
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
