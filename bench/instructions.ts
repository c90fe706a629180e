// `npm run bench:instructions`: the feature pairs' cost counted in instructions instead of timed.
// On the project's VM a server's CPU time per request moves by ±100 µs from round to round, more
// than the pairs' costs differ; valgrind's callgrind counts the instructions a process executes,
// which the host's other load does not change. Each server of the three pairs runs under callgrind
// (all its threads: V8's compiler and GC helpers too), is warmed up, has its counters zeroed, serves
// the bench's updateContact request `--requests` times, and has its counters dumped.
// Instructions are a proxy for CPU: they do not weigh cache misses or memory stalls.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchEmulator } from './emulator.ts';
import { freePort, type Spawned, stopProcess, waitUntilServing } from './processes.ts';
import { productionEnv } from './production-env.ts';
import type { ServerName } from './options.ts';
import { FEATURE_PAIRS } from './report.ts';
import { SERVERS } from './servers.ts';
import { signBenchToken } from './token.ts';
import { UPDATE_WORKLOAD } from './workloads.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    requests: { type: 'string' },
    warmup: { type: 'string' },
    concurrency: { type: 'string' },
    servers: { type: 'string' },
  },
});
// Default: both servers of each feature pair.
const servers = (values.servers?.split(',') ?? FEATURE_PAIRS.flatMap(({ bare, server }) => [bare, server])).map(
  (name) => {
    if (!(name in SERVERS)) throw new Error(`unknown server ${name}; known: ${Object.keys(SERVERS).join(', ')}`);
    return name as ServerName;
  },
);
const requests = Number(values.requests ?? 1000);
const warmup = Number(values.warmup ?? 2000);
const concurrency = Number(values.concurrency ?? 8);
const log = (line: string) => process.stderr.write(`${line}\n`);

const secret = 'bench-secret-bench-secret-bench-secret-0123';
const emulator = await startBenchEmulator(process.env);
const env = productionEnv(process.env, emulator.url, secret);
const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${await signBenchToken(secret)}`,
};

/** `count` updateContact requests over `concurrency` connections; how many did not succeed. */
async function drive(url: string, count: number): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next++ < count) {
      const response = await fetch(url, { method: 'POST', headers, body: UPDATE_WORKLOAD.body });
      if (!(await response.text()).includes('"UpdateContactSuccess"')) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

/**
 * The instructions (Ir) of the dump after the zeroing: the file numbered .1, whose `totals:` line
 * valgrind writes last, a moment after callgrind_control has its answer.
 */
async function dumpedTotals(dir: string): Promise<number> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const dump = readdirSync(dir).find((f) => f.endsWith('.1'));
    const totals = dump && /^totals:\s+(\d+)/m.exec(readFileSync(join(dir, dump), 'utf8'))?.[1];
    if (totals) return Number(totals);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no callgrind dump in ${dir}`);
}

/** Instructions the server executed per request between its counters' zeroing and their dump. */
async function instructionsPerRequest(name: ServerName): Promise<number> {
  const server = SERVERS[name];
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-callgrind-'));
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${join(dir, 'callgrind.out')}`,
      process.execPath,
      ...(server.nodeFlags ?? []),
      server.script,
    ],
    { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const spawned: Spawned = { child, stderr: () => stderr };
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntilServing(`${base}${server.readyPath}`, spawned, 600_000);
    const url = `${base}/graphql`;
    if ((await drive(url, warmup)) > 0) throw new Error(`${name} answered a warm-up request wrongly`);
    // vgdb finds the server by names that hold the HOST of the server's environment (127.0.0.1).
    const control = (command: string) =>
      execFileSync('callgrind_control', [command, String(child.pid)], { env, stdio: 'ignore' });
    control('--zero');
    // valgrind takes a command at its next poll: a second of idling so the zeroing is done first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const failed = await drive(url, requests);
    control('--dump');
    if (failed > 0) throw new Error(`${name} answered ${failed} of ${requests} requests wrongly`);
    return (await dumpedTotals(dir)) / requests;
  } finally {
    await stopProcess(spawned, 30_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

const perRequest = new Map<ServerName, number>();
try {
  for (const name of servers) {
    log(`${SERVERS[name].label}: under callgrind, ${warmup} requests of warm-up, ${requests} counted`);
    perRequest.set(name, await instructionsPerRequest(name));
  }
} finally {
  await emulator.stop();
}

const thousands = (n: number) => `${(n / 1000).toFixed(1)} k`;
for (const [name, instructions] of perRequest)
  console.log(`${SERVERS[name].label}: ${thousands(instructions)} instructions per request`);
const costs = FEATURE_PAIRS.filter(({ server, bare }) => perRequest.has(server) && perRequest.has(bare)).map(
  ({ server, bare, short }) => ({
    short,
    label: SERVERS[server].label,
    bareLabel: SERVERS[bare].label,
    withFeatures: perRequest.get(server) ?? NaN,
    without: perRequest.get(bare) ?? NaN,
  }),
);
console.log(
  `\nupdateContact, instructions per request (callgrind), ${requests} requests over ${concurrency} connections after ${warmup}\n`,
);
console.log('| server | over | instructions/req | bare instructions/req | features | features × |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const c of costs)
  console.log(
    `| ${c.label} | ${c.bareLabel} | ${thousands(c.withFeatures)} | ${thousands(c.without)} | ${thousands(c.withFeatures - c.without)} | ${(c.withFeatures / c.without).toFixed(3)} |`,
  );
const own = costs.find((c) => c.short === 'gateway');
if (own)
  for (const peer of costs.filter((c) => c !== own)) {
    const difference = own.withFeatures - own.without - (peer.withFeatures - peer.without);
    console.log(
      `\ngateway's plugins − ${peer.short}'s features: ${thousands(difference)} instructions per request (target ≤ 0: ${difference <= 0 ? 'met' : 'NOT met'})`,
    );
  }
