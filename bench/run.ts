// `npm run bench`: the side-by-side benchmark. See docs/performance.md and `--help` below.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { startBenchEmulator } from './emulator.ts';
import { measure, measureRates, type RunResult } from './measure.ts';
import { parseOptions, type ServerName } from './options.ts';
import { pinning } from './processes.ts';
import { productionEnv } from './production-env.ts';
import { formatProfileSummary, summariseProfile } from './profile-categories.ts';
import {
  featureCosts,
  formatFeatureCosts,
  formatRates,
  formatRatios,
  formatSummaries,
  type RateRow,
  rateRatio,
  ratios,
  type ServerSummary,
  summarise,
} from './report.ts';
import { SERVERS } from './servers.ts';
import { rotate } from './stats.ts';
import { signBenchToken } from './token.ts';
import { READ_WORKLOAD, UPDATE_WORKLOAD } from './workloads.ts';

const options = parseOptions(process.argv.slice(2), process.env);
const log = (line: string) => process.stderr.write(`${line}\n`);

// The runner itself stays off the server's core.
if (pinning === 'taskset') spawnSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

/** Connections over which a fixed rate is spread (enough that no request waits for a free one). */
const RATE_CONNECTIONS = 10;

const secret = 'bench-secret-bench-secret-bench-secret-0123';
const baseEnv: NodeJS.ProcessEnv = { ...process.env };
delete baseEnv.BENCH_DEDUP;
const emulator = await startBenchEmulator(baseEnv);
// Node's compile cache for every contestant (the gateway turns it on itself; the variable turns
// it on for any Node process), empty at the start of the run: each server's first start, in
// round 1, is cold, and its later starts are warm, as a restarted production process is.
const compileCache = mkdtempSync(join(tmpdir(), 'bench-compile-cache-'));
const env: NodeJS.ProcessEnv = { ...productionEnv(baseEnv, emulator.url, secret), NODE_COMPILE_CACHE: compileCache };
const headers = { authorization: `Bearer ${await signBenchToken(secret)}` };

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  pinning: pinning === 'taskset' ? 'server on core 0; load generator, emulator and runner on core 1' : 'none',
};

try {
  if (options.profile) await profile(options.profile);
  else await benchmark();
} finally {
  await emulator.stop();
  rmSync(compileCache, { recursive: true, force: true });
}

/** One server under the updateContact workload, as configured by the flags. */
function measureUpdate(name: ServerName, nodeFlags?: string[]): Promise<RunResult> {
  return measure({
    server: SERVERS[name],
    workload: UPDATE_WORKLOAD,
    env,
    headers,
    connections: options.connections,
    warmupSeconds: options.warmup,
    durationSeconds: options.duration,
    nodeFlags,
  });
}

async function benchmark(): Promise<void> {
  const started = Date.now();
  const runs: Record<string, RunResult[]> = {};
  for (let round = 0; round < options.rounds; round++) {
    for (const name of rotate(options.servers, round)) {
      log(`round ${round + 1}/${options.rounds}: ${SERVERS[name].label}`);
      const result = await measureUpdate(name);
      const list = runs[name] ?? [];
      list.push(result);
      runs[name] = list;
    }
  }
  const summaries = options.servers.map((name) => summarise(name, runs[name] ?? []));
  const byServer: Partial<Record<ServerName, ServerSummary>> = Object.fromEntries(summaries.map((s) => [s.server, s]));
  const read = options.readDuration > 0 && options.servers.includes('gateway') ? await readWorkload() : [];
  const rates = await rateRuns();
  const rateTarget = rateRatio(rates);
  const ratioList = [...ratios(byServer), ...(rateTarget ? [rateTarget] : [])];
  const costs = featureCosts(byServer);

  const heading = `updateContact, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s, median of ${options.rounds} rotated round(s)`;
  console.log(`\n${heading}\n\n${formatSummaries(summaries)}`);
  if (costs.length > 0)
    console.log(`\nwhat the features cost, CPU per request over the bare server\n\n${formatFeatureCosts(costs)}`);
  console.log(`\n${formatRatios(ratioList)}`);
  if (rates.length > 0)
    console.log(
      `\nfixed rates, ${RATE_CONNECTIONS} connections, ${options.rateDuration} s each after a ${options.warmup} s full-load warm-up\n\n${formatRates(rates)}`,
    );
  if (read.length > 0)
    console.log(`\n${READ_WORKLOAD.name}, ${options.readConnections} connections\n\n${formatRead(read)}`);
  for (const r of Object.values(runs).flat())
    if (r.memory.everyFiveSecondsMiB.length >= 6)
      console.log(
        `RSS of ${SERVERS[r.server as ServerName].label} every 5 s (MiB): ${r.memory.everyFiveSecondsMiB.join(' ')}`,
      );
  for (const s of summaries)
    if (s.examples.length > 0) console.log(`\n${s.label} wrong answers, e.g.:\n${s.examples.join('\n')}`);
  console.log(
    `\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; pinning: ${machine.pinning}`,
  );

  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(
    options.out,
    `${JSON.stringify({ date: new Date().toISOString(), machine, options, seconds: Math.round((Date.now() - started) / 1000), summaries, featureCosts: costs, ratios: ratioList, read, rates, runs }, null, 2)}\n`,
  );
  log(`\nwritten to ${options.out} (${Math.round((Date.now() - started) / 1000)} s)`);
}

/**
 * Latency at the rates users see: the limit, the gateway and the servers it is compared with (bare
 * yoga, the same-feature peers), each rate in turn on one process.
 */
async function rateRuns(): Promise<RateRow[]> {
  const rows: RateRow[] = [];
  if (options.rates.length === 0) return rows;
  const measured = ['limit', 'yoga', 'gateway', 'apollo-features', 'mercurius-features'] as const;
  for (const name of measured.filter((n) => options.servers.includes(n))) {
    log(`fixed rates ${options.rates.join(', ')} req/s: ${SERVERS[name].label}`);
    const results = await measureRates(
      {
        server: SERVERS[name],
        workload: UPDATE_WORKLOAD,
        env,
        headers,
        connections: RATE_CONNECTIONS,
        warmupSeconds: options.warmup,
        durationSeconds: options.rateDuration,
      },
      options.rates,
    );
    for (const r of results)
      rows.push({
        server: name,
        rate: r.rate,
        achieved: r.requestsPerSecond,
        p50Ms: r.latencyMs.p50,
        p99Ms: r.latencyMs.p99,
        maxMs: r.latencyMs.max,
        errors: r.non2xx + r.connectionErrors + r.timeouts + r.verify.graphqlErrors + r.verify.wrongTypename,
      });
  }
  return rows;
}

interface ReadResult {
  variant: string;
  describeCallsPerRequest: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Workload 2: the gateway's DataLoader, and the same schema on Mercurius with and without de-duplication. */
async function readWorkload(): Promise<ReadResult[]> {
  const variants: { variant: string; server: ServerName; dedup: boolean }[] = [
    { variant: 'this gateway (DataLoader)', server: 'gateway', dedup: true },
    { variant: 'Mercurius, same loader', server: 'mercurius', dedup: true },
    { variant: 'Mercurius, loader without de-duplication', server: 'mercurius', dedup: false },
  ];
  const out: ReadResult[] = [];
  for (const v of variants) {
    log(`${READ_WORKLOAD.name}: ${v.variant}`);
    const r = await measure({
      server: SERVERS[v.server],
      workload: READ_WORKLOAD,
      env: { ...env, BENCH_DEDUP: v.dedup ? 'on' : 'off' },
      headers,
      connections: options.readConnections,
      warmupSeconds: Math.min(options.warmup, 2),
      durationSeconds: options.readDuration,
      probe: async (url) => ({
        describeCallsPerRequest: await emulator.describeCallsPerRequest(url, READ_WORKLOAD.body, {
          'content-type': 'application/json',
          ...headers,
        }),
      }),
    });
    out.push({
      variant: v.variant,
      describeCallsPerRequest: r.probe?.describeCallsPerRequest ?? NaN,
      requestsPerSecond: r.requestsPerSecond,
      p50Ms: r.latencyMs.p50,
      p99Ms: r.latencyMs.p99,
      errors: r.non2xx + r.connectionErrors + r.timeouts + r.verify.graphqlErrors + r.verify.wrongTypename,
    });
  }
  return out;
}

function formatRead(rows: ReadResult[]): string {
  const lines = [
    '| variant | DescribeContact calls / request | req/s | p50 ms | p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.variant} | ${r.describeCallsPerRequest.toFixed(1)} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.errors} |`,
    );
  return lines.join('\n');
}

/** `--profile <server>`: one run under `node --cpu-prof`, then the self-time summary by category. */
async function profile(name: ServerName): Promise<void> {
  const dir = join(dirname(options.out), 'profiles');
  mkdirSync(dir, { recursive: true });
  const since = Date.now();
  const result = await measureUpdate(name, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  console.log(
    `${SERVERS[name].label}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyMs.p99} ms, ${result.cpuUsPerRequest.toFixed(0)} µs CPU per request under the profiler`,
  );
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  // Only the measured load: start-up (module loading) and the warm-up are cut off.
  const summary = summariseProfile(file, { window: result.window, requests: result.requests });
  console.log(`profile: ${file} (measured window only)\n\n${formatProfileSummary(summary)}`);
}
