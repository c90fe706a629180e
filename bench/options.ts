import { parseArgs } from 'node:util';

export const SERVER_NAMES = [
  'hello',
  'limit',
  'graphql',
  'yoga',
  'gateway',
  'apollo',
  'mercurius',
  'apollo-features',
  'mercurius-features',
] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

export interface BenchOptions {
  servers: ServerName[];
  rounds: number;
  connections: number;
  /** Seconds of measured load per server and round. */
  duration: number;
  /** Seconds of discarded load before each measurement. */
  warmup: number;
  /** The 50-contact read workload (workload 2); 0 seconds skips it. */
  readDuration: number;
  readConnections: number;
  /**
   * Fixed request rates (req/s) at which the limit, bare yoga, the gateway and the same-feature peers
   * are measured for latency; empty (the default, to keep the full run short) skips them.
   * `--rates 20,100,500` is what docs/performance.md reports.
   */
  rates: number[];
  /** Seconds of measured load at each rate. */
  rateDuration: number;
  /** Run only this server under `node --cpu-prof` and print the profile summary. */
  profile?: ServerName;
  out: string;
}

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${raw}`);
  return value;
}

function serverName(raw: string): ServerName {
  if (!(SERVER_NAMES as readonly string[]).includes(raw))
    throw new Error(`unknown server ${raw}; known: ${SERVER_NAMES.join(', ')}`);
  return raw as ServerName;
}

/** Flags win over BENCH_* environment variables, which win over the defaults (about 4 minutes in all). */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      servers: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'read-duration': { type: 'string' },
      'read-connections': { type: 'string' },
      rates: { type: 'string' },
      'rate-duration': { type: 'string' },
      profile: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const servers = (values.servers ?? env.BENCH_SERVERS)?.split(',').map((s) => serverName(s.trim()));
  return {
    servers: servers ?? [...SERVER_NAMES],
    rounds: Math.round(positive('rounds', values.rounds ?? env.BENCH_ROUNDS, 3)),
    connections: Math.round(positive('connections', values.connections ?? env.BENCH_CONNECTIONS, 50)),
    duration: positive('duration', values.duration ?? env.BENCH_DURATION, 6),
    warmup: positive('warmup', values.warmup ?? env.BENCH_WARMUP, 2, true),
    readDuration: positive('read-duration', values['read-duration'] ?? env.BENCH_READ_DURATION, 5, true),
    readConnections: Math.round(positive('read-connections', values['read-connections'], 10)),
    rates: (values.rates ?? env.BENCH_RATES ?? '')
      .split(',')
      .filter((r) => r.trim() !== '' && r.trim() !== '0')
      .map((r) => Math.round(positive('rates', r.trim(), 0))),
    rateDuration: positive('rate-duration', values['rate-duration'], 5),
    profile: values.profile === undefined ? undefined : serverName(values.profile),
    out: values.out ?? 'bench/results/latest.json',
  };
}
