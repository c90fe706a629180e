// The load generator, run in its own process: `node bench/load.ts` with BENCH_LOAD set to a JSON
// LoadSpec. Drives one server with autocannon and prints one JSON LoadResult line on stdout.
import autocannon from 'autocannon';
import { createVerifier, type VerifyCounts } from './verify.ts';
import type { Expectation } from './workloads.ts';

export interface LoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  body: string;
  headers: Record<string, string>;
  expect: Expectation;
  /** Parse one body in this many in full; the rest get a cheap check. */
  sampleEvery: number;
  /** Requests per second over all connections (autocannon's overallRate); unset = as fast as answered. */
  rate?: number;
  /** A request with no answer after this long counts as a timeout (default 10). */
  timeoutSeconds?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  verify: VerifyCounts;
}

const spec = JSON.parse(process.env.BENCH_LOAD ?? '') as LoadSpec;
const { verifyBody, counts } = createVerifier(spec.expect, spec.sampleEvery);

const result = await autocannon({
  url: spec.url,
  method: 'POST',
  headers: spec.headers,
  body: spec.body,
  connections: spec.connections,
  duration: spec.durationSeconds,
  verifyBody,
  ...(spec.rate === undefined ? {} : { overallRate: spec.rate }),
  timeout: spec.timeoutSeconds ?? 10,
});

const output: LoadResult = {
  // Completed 2xx and non-2xx answers over the measured time.
  requestsPerSecond: result.requests.total / result.duration,
  requests: result.requests.total,
  latencyMs: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.average,
  },
  non2xx: result.non2xx,
  connectionErrors: result.errors,
  timeouts: result.timeouts,
  verify: counts,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
