import type { RunResult } from './measure.ts';
import { SERVERS } from './servers.ts';
import { median } from './stats.ts';
import type { ServerName } from './options.ts';

export interface ServerSummary {
  server: ServerName;
  label: string;
  rounds: number;
  /** Medians over the rounds. */
  requestsPerSecond: number;
  /** Each round's throughput, in round order: the same round of two servers ran minutes apart at most. */
  roundRequestsPerSecond: number[];
  p50Ms: number;
  p99Ms: number;
  cpuUsPerRequest: number;
  /** Sums over the rounds. */
  errors: { non2xx: number; connection: number; timeouts: number; graphql: number; wrongTypename: number; sampled: number };
  /** Largest peak over the rounds; start/end of the measured phase from the median-throughput round. */
  memory: { peakMiB: number; startMiB: number; endMiB: number };
  examples: string[];
}

export function summarise(server: ServerName, runs: RunResult[]): ServerSummary {
  const rps = median(runs.map((r) => r.requestsPerSecond));
  const middle = [...runs].sort((a, b) => Math.abs(a.requestsPerSecond - rps) - Math.abs(b.requestsPerSecond - rps))[0];
  const sum = (pick: (r: RunResult) => number) => runs.reduce((total, r) => total + pick(r), 0);
  return {
    server,
    label: SERVERS[server].label,
    rounds: runs.length,
    requestsPerSecond: rps,
    roundRequestsPerSecond: runs.map((r) => r.requestsPerSecond),
    p50Ms: median(runs.map((r) => r.latencyMs.p50)),
    p99Ms: median(runs.map((r) => r.latencyMs.p99)),
    cpuUsPerRequest: median(runs.map((r) => r.cpuUsPerRequest)),
    errors: {
      non2xx: sum((r) => r.non2xx),
      connection: sum((r) => r.connectionErrors),
      timeouts: sum((r) => r.timeouts),
      graphql: sum((r) => r.verify.graphqlErrors),
      wrongTypename: sum((r) => r.verify.wrongTypename),
      sampled: sum((r) => r.verify.sampled),
    },
    memory: {
      peakMiB: Math.max(...runs.map((r) => r.memory.peakMiB)),
      startMiB: middle?.memory.startMiB ?? NaN,
      endMiB: middle?.memory.endMiB ?? NaN,
    },
    examples: runs.flatMap((r) => r.verify.examples).slice(0, 3),
  };
}

export interface Ratio {
  name: string;
  value: number;
  /** Lowest and highest of the per-round ratios, for throughput ratios: how much the machine's noise moves it. */
  range?: [number, number];
  target: string;
  met: boolean | undefined;
}

/** Ratio of medians, and the spread of the same ratio taken round by round. */
function throughput(a: ServerSummary, b: ServerSummary): Pick<Ratio, 'value' | 'range'> {
  const perRound = a.roundRequestsPerSecond.map((rps, i) => rps / (b.roundRequestsPerSecond[i] ?? NaN)).filter(Number.isFinite);
  return {
    value: a.requestsPerSecond / b.requestsPerSecond,
    range: perRound.length > 1 ? [Math.min(...perRound), Math.max(...perRound)] : undefined,
  };
}

/** The ratios the targets are stated in; undefined `met` where a server was not run. */
export function ratios(byServer: Partial<Record<ServerName, ServerSummary>>): Ratio[] {
  const g = byServer.gateway;
  const out: Ratio[] = [];
  if (!g) return out;
  const add = (name: string, ratio: Pick<Ratio, 'value' | 'range'>, target: string, atLeast?: number) =>
    out.push({ name, ...ratio, target, met: atLeast === undefined ? undefined : ratio.value >= atLeast });
  const { limit, graphql, yoga, apollo, mercurius, hello } = byServer;
  if (limit) {
    add('gateway / limit throughput', throughput(g, limit), '≥ 0.85', 0.85);
    const p99 = g.p99Ms - limit.p99Ms;
    out.push({ name: 'gateway p99 − limit p99 (ms)', value: p99, target: '≤ 5', met: p99 <= 5 });
    add('limit / gateway CPU per request', { value: limit.cpuUsPerRequest / g.cpuUsPerRequest }, '(context: ≈ throughput ratio, less noisy)');
    // Where the gap goes: GraphQL execution itself (floor), yoga's HTTP layer, the gateway's plugins.
    if (graphql) add('GraphQL floor / limit throughput', throughput(graphql, limit), '(context: best any GraphQL server can do)');
    if (yoga) add('yoga without plugins / limit throughput', throughput(yoga, limit), '(context)');
  }
  if (yoga) add('gateway / yoga without plugins throughput', throughput(g, yoga), '(context: what the production plugins cost)');
  if (apollo) add('gateway / Apollo Server throughput', throughput(g, apollo), '≥ 1.2', 1.2);
  if (mercurius) add('gateway / Mercurius throughput', throughput(g, mercurius), '≥ 1.0', 1);
  if (hello) add('gateway / hello ceiling throughput', throughput(g, hello), '(context)');
  return out;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The results as a Markdown table (what docs/performance.md shows). */
export function formatSummaries(summaries: ServerSummary[]): string {
  return table(
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'errors (non-2xx/conn/GraphQL/typename of sampled)', 'RSS MiB start→end (peak)'],
    summaries.map((s) => [
      s.label,
      fixed(s.requestsPerSecond, 0),
      fixed(s.p50Ms),
      fixed(s.p99Ms),
      fixed(s.cpuUsPerRequest, 0),
      `${s.errors.non2xx}/${s.errors.connection + s.errors.timeouts}/${s.errors.graphql}/${s.errors.wrongTypename} of ${s.errors.sampled}`,
      `${fixed(s.memory.startMiB, 0)}→${fixed(s.memory.endMiB, 0)} (${fixed(s.memory.peakMiB, 0)})`,
    ]),
  );
}

export function formatRatios(list: Ratio[]): string {
  return table(
    ['ratio', 'value (lowest–highest round)', 'target', 'met'],
    list.map((r) => [
      r.name,
      r.range ? `${fixed(r.value, 2)} (${fixed(r.range[0], 2)}–${fixed(r.range[1], 2)})` : fixed(r.value, 2),
      r.target,
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]),
  );
}
