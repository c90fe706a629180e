import type { LoadResult, LoadSpec } from './load.ts';
import { readCpuMs, readMemory } from './proc-stats.ts';
import { freePort, runNode, type Spawned, spawnNode, stopProcess, waitUntilServing } from './processes.ts';
import type { ServerSpec } from './servers.ts';
import type { Workload } from './workloads.ts';

export const SERVER_CORE = 0;
export const LOAD_CORE = 1;

export interface RunSpec {
  server: ServerSpec;
  workload: Workload;
  env: NodeJS.ProcessEnv;
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Extra node flags for the server, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Runs after the measurement while the server is still up (e.g. counting Connect calls). */
  probe?: (url: string) => Promise<Record<string, number>>;
}

export interface RunResult extends LoadResult {
  server: string;
  /** From spawning the process to the first answer on its ready path, ms. */
  startupMs: number;
  /**
   * Resident memory of the server process, MiB: idle right after its first answer, when measuring
   * started and ended, and the peak since start (VmHWM).
   */
  memory: { idleMiB: number; startMiB: number; endMiB: number; peakMiB: number; everyFiveSecondsMiB: number[] };
  /** Server CPU time (user + system) per completed request during the measurement, µs. */
  cpuUsPerRequest: number;
  /** When the measured load ran, in ms since the server process was spawned (to cut a profile). */
  window: { fromMs: number; toMs: number };
  probe?: Record<string, number>;
}

async function drive(spec: LoadSpec, env: NodeJS.ProcessEnv): Promise<LoadResult> {
  const stdout = await runNode(['bench/load.ts'], {
    core: LOAD_CORE,
    env: { ...env, BENCH_LOAD: JSON.stringify(spec) },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as LoadResult;
}

interface Started {
  pid: number | undefined;
  url: string;
  spawnedAt: number;
  startupMs: number;
  idleMiB: number;
  load(durationSeconds: number, sampleEvery: number, rate?: number): LoadSpec;
}

/** Starts one server in its own process, waits for its first answer, runs `use`, and stops it. */
async function withServer<T>(run: RunSpec, use: (server: Started, spawned: Spawned) => Promise<T>): Promise<T> {
  const port = await freePort();
  const env = { ...run.env, PORT: String(port) };
  const spawnedAt = performance.now();
  const spawned = spawnNode([...(run.nodeFlags ?? []), ...(run.server.nodeFlags ?? []), run.server.script], {
    core: SERVER_CORE,
    env,
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilServing(origin + run.server.readyPath, spawned);
    const startupMs = performance.now() - spawnedAt;
    const pid = spawned.child.pid;
    const url = `${origin}/graphql`;
    const load = (durationSeconds: number, sampleEvery: number, rate?: number): LoadSpec => ({
      url,
      connections: run.connections,
      durationSeconds,
      body: run.workload.body,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...run.headers },
      expect: run.server.answersGraphQL ? run.workload.expect : { kind: 'status-only' },
      sampleEvery,
      rate,
    });
    const result = await use(
      { pid, url, spawnedAt, startupMs, idleMiB: readMemory(pid)?.rssMiB ?? NaN, load },
      spawned,
    );
    if (spawned.child.exitCode !== null) throw new Error(`server exited during the run:\n${spawned.stderr()}`);
    return result;
  } finally {
    await stopProcess(spawned);
  }
}

/** Starts one server in its own process, warms it up, measures it, and stops it. */
export function measure(run: RunSpec): Promise<RunResult> {
  return withServer(run, async ({ pid, url, spawnedAt, startupMs, idleMiB, load }) => {
    if (run.warmupSeconds > 0) await drive(load(run.warmupSeconds, 1000), run.env);
    const start = readMemory(pid);
    const cpuStart = readCpuMs(pid);
    const fromMs = performance.now() - spawnedAt;
    // RSS every 5 s of the measurement, to see whether it stays flat on long runs.
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(Math.round(readMemory(pid)?.rssMiB ?? NaN)), 5000);
    const result = await drive(load(run.durationSeconds, 10), run.env).finally(() => clearInterval(sampler));
    const cpuEnd = readCpuMs(pid);
    const toMs = performance.now() - spawnedAt;
    const end = readMemory(pid);
    const probe = run.probe ? await run.probe(url) : undefined;
    return {
      server: run.server.name,
      ...result,
      startupMs,
      memory: {
        idleMiB,
        startMiB: start?.rssMiB ?? NaN,
        endMiB: end?.rssMiB ?? NaN,
        peakMiB: end?.peakMiB ?? NaN,
        everyFiveSecondsMiB: samples,
      },
      cpuUsPerRequest:
        cpuStart === undefined || cpuEnd === undefined ? NaN : ((cpuEnd - cpuStart) * 1000) / result.requests,
      window: { fromMs, toMs },
      probe,
    };
  });
}

export interface RateResult extends LoadResult {
  /** The offered rate, requests per second. */
  rate: number;
}

/**
 * Latency at fixed request rates: one server process, warmed up at full load, then each rate in
 * turn: `run.warmupSeconds` at the rate unmeasured, then `run.durationSeconds` measured (autocannon's
 * overallRate, spread over `run.connections`). The unmeasured part keeps the transient of the step
 * before out of the numbers: right after the full-load warm-up V8 collects its garbage (a major
 * collection with ~150 ms of marking, on the server's one core), which otherwise fell into the
 * first rate measured and decided its p99.
 */
export function measureRates(run: RunSpec, rates: number[]): Promise<RateResult[]> {
  return withServer(run, async ({ load }) => {
    if (run.warmupSeconds > 0) await drive(load(run.warmupSeconds, 1000), run.env);
    const out: RateResult[] = [];
    for (const rate of rates) {
      if (run.warmupSeconds > 0) await drive(load(run.warmupSeconds, 1000, rate), run.env);
      out.push({ rate, ...(await drive(load(run.durationSeconds, 10, rate), run.env)) });
    }
    return out;
  });
}
