// Demo CLI for the emulator's control API, e.g.
//   node src/control/cli.ts --error ThrottlingException --times 3
//   node src/control/cli.ts --latency 2000 --contact c0ffee00-0000-4000-8000-000000000001
//   node src/control/cli.ts --throttle-rate 5 --throttle-burst 10
//   node src/control/cli.ts --quotas       (Connect's per-operation rates from the route table)
//   node src/control/cli.ts --clear        (or --list)
import { parseArgs } from 'node:util';
import type { FaultEffect } from '../faults/types.ts';

const USAGE = `usage: npm run faults -- [--url URL] (--clear | --list | EFFECT [FILTERS])
  EFFECT:  --error NAME [--status N] [--message TEXT] [--retry-after S]
           | --reset | --hang | --malformed [--status N] | --truncated
           | --throttle-rate R --throttle-burst B [--retry-after S]
           | --quotas [--retry-after S] (each operation's own Connect quota)
           | --latency MS (alone: delay only; with another effect: delay first)
  FILTERS: [--operation NAME, e.g. UpdateContact] [--instance ID] [--contact ID]
           [--times N] [--rate P] [--seed N]`;

const { values: o } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.EMULATOR_URL ?? 'http://127.0.0.1:4010' },
    clear: { type: 'boolean' },
    list: { type: 'boolean' },
    error: { type: 'string' },
    status: { type: 'string' },
    message: { type: 'string' },
    'retry-after': { type: 'string' },
    reset: { type: 'boolean' },
    hang: { type: 'boolean' },
    malformed: { type: 'boolean' },
    truncated: { type: 'boolean' },
    'throttle-rate': { type: 'string' },
    'throttle-burst': { type: 'string' },
    quotas: { type: 'boolean' },
    latency: { type: 'string' },
    operation: { type: 'string' },
    instance: { type: 'string' },
    contact: { type: 'string' },
    times: { type: 'string' },
    rate: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));

function effect(): FaultEffect {
  const retryAfterSeconds = num(o['retry-after']);
  const chosen: FaultEffect[] = [];
  if (o.error)
    chosen.push({ kind: 'error', name: o.error, status: num(o.status), message: o.message, retryAfterSeconds });
  if (o.reset) chosen.push({ kind: 'reset' });
  if (o.hang) chosen.push({ kind: 'hang' });
  if (o.malformed) chosen.push({ kind: 'malformed', status: num(o.status) });
  if (o.truncated) chosen.push({ kind: 'truncated' });
  if (o['throttle-rate'] !== undefined || o['throttle-burst'] !== undefined) {
    chosen.push({
      kind: 'throttle',
      ratePerSecond: num(o['throttle-rate']) ?? 1,
      burst: num(o['throttle-burst']) ?? 1,
      retryAfterSeconds,
    });
  }
  if (o.quotas) chosen.push({ kind: 'quotas', retryAfterSeconds });
  if (chosen.length > 1) fail('Choose one effect.');
  if (chosen[0]) return chosen[0];
  if (o.latency !== undefined) return { kind: 'latency', latencyMs: Number(o.latency) };
  return fail('No effect given.');
}

async function call(method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(new URL(`/_emulator/${path}`, o.url), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  console.log(`${res.status} ${text}`);
  if (!res.ok) process.exitCode = 1;
}

if (o.help) {
  console.log(USAGE);
} else if (o.clear) {
  await call('DELETE', 'faults');
} else if (o.list) {
  await call('GET', 'faults');
} else {
  // The control API validates the spec (zod) and answers 400 with the issues.
  const spec: Record<string, unknown> = {
    ...effect(),
    operation: o.operation,
    instanceId: o.instance,
    contactId: o.contact,
    times: num(o.times),
    rate: num(o.rate),
    seed: num(o.seed),
    latencyMs: num(o.latency),
  };
  await call('POST', 'faults', spec);
}
