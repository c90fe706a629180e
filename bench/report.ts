import type { RunResult } from './measure.ts';
import type { ServerName } from './options.ts';
import { SERVERS } from './servers.ts';
import { median } from './stats.ts';

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
  /** Each round's CPU per request, in round order, for differences taken round by round. */
  roundCpuUsPerRequest: number[];
  /** Median over the rounds of the time from spawn to the first answer, ms (compile cache warm). */
  startupMs: number;
  /** The first round's: the server's first start in the run, with Node's compile cache still empty. */
  coldStartupMs: number;
  /** Sums over the rounds. */
  errors: {
    non2xx: number;
    connection: number;
    timeouts: number;
    graphql: number;
    wrongTypename: number;
    sampled: number;
  };
  /**
   * Idle: median over the rounds of RSS right after the first answer. Peak: largest VmHWM over the
   * rounds. Start/end of the measured phase from the median-throughput round.
   */
  memory: { idleMiB: number; peakMiB: number; startMiB: number; endMiB: number };
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
    roundCpuUsPerRequest: runs.map((r) => r.cpuUsPerRequest),
    startupMs: median(runs.map((r) => r.startupMs)),
    coldStartupMs: runs[0]?.startupMs ?? Number.NaN,
    errors: {
      non2xx: sum((r) => r.non2xx),
      connection: sum((r) => r.connectionErrors),
      timeouts: sum((r) => r.timeouts),
      graphql: sum((r) => r.verify.graphqlErrors),
      wrongTypename: sum((r) => r.verify.wrongTypename),
      sampled: sum((r) => r.verify.sampled),
    },
    memory: {
      idleMiB: median(runs.map((r) => r.memory.idleMiB)),
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
  const perRound = a.roundRequestsPerSecond
    .map((rps, i) => rps / (b.roundRequestsPerSecond[i] ?? NaN))
    .filter(Number.isFinite);
  return {
    value: a.requestsPerSecond / b.requestsPerSecond,
    range: perRound.length > 1 ? [Math.min(...perRound), Math.max(...perRound)] : undefined,
  };
}

/** Idle RSS the gateway must stay under, whatever its peers use. */
export const IDLE_RSS_CAP_MIB = 130;
/** Longest start to first answer the gateway may take. */
export const STARTUP_CAP_MS = 1000;

/** The ratios the targets are stated in (docs/performance.md); undefined `met` where only context. */
export function ratios(byServer: Partial<Record<ServerName, ServerSummary>>): Ratio[] {
  const g = byServer.gateway;
  const out: Ratio[] = [];
  if (!g) return out;
  const add = (name: string, ratio: Pick<Ratio, 'value' | 'range'>, target: string) =>
    out.push({ name, ...ratio, target, met: undefined });
  const atMost = (name: string, value: number, target: string, limit: number) =>
    out.push({ name, value, target, met: value <= limit });
  const { limit, graphql, yoga, apollo, mercurius, hello } = byServer;
  const apolloFeatures = byServer['apollo-features'];
  const mercuriusFeatures = byServer['mercurius-features'];
  // The throughput ratios to the same-feature peers are context: on this schema bare yoga alone
  // needs more CPU than Apollo Server with every feature on, so the target is re-based on what the
  // features cost each server over its own bare self (featureCosts, docs/performance.md#targets).
  for (const { peer, label } of [
    { peer: apolloFeatures, label: 'Apollo' },
    { peer: mercuriusFeatures, label: 'Mercurius' },
  ]) {
    if (!peer) continue;
    add(`gateway / ${label} + same features throughput`, throughput(g, peer), '(context: HTTP layers differ)');
    add(
      `${label} + features / gateway CPU per request`,
      { value: peer.cpuUsPerRequest / g.cpuUsPerRequest },
      '(context: less noisy)',
    );
  }
  const costs = featureCosts(byServer);
  const own = costs.find((c) => c.server === 'gateway');
  for (const peer of costs) {
    if (!own || peer === own) continue;
    // Decided round by round: both pairs of a round ran within minutes, so the host's drift between
    // rounds (±100 µs per request on the project's VM) cancels out of each round's difference.
    const perRound = own.roundExtraUs.map((us, i) => us - (peer.roundExtraUs[i] ?? NaN)).filter(Number.isFinite);
    const value = median(perRound);
    out.push({
      name: `gateway's plugins − ${peer.short}'s features, CPU µs/req over the bare server, paired by round`,
      value,
      range: perRound.length > 1 ? [Math.min(...perRound), Math.max(...perRound)] : undefined,
      target: `≤ 0 (${perRound.filter((d) => d <= 0).length} of ${perRound.length} rounds)`,
      met: value <= 0,
    });
    add(
      `gateway's plugins − ${peer.short}'s features, from the medians`,
      { value: own.extraUs - peer.extraUs },
      `(context: gateway ${fixed(own.extraUs, 0)} µs over bare yoga, ${peer.short} ${fixed(peer.extraUs, 0)} over bare)`,
    );
  }
  const featurePeers = [apolloFeatures, mercuriusFeatures].filter((s): s is ServerSummary => s !== undefined);
  if (featurePeers.length > 0) {
    const lowestIdle = Math.min(...featurePeers.map((s) => s.memory.idleMiB));
    const lowestPeak = Math.min(...featurePeers.map((s) => s.memory.peakMiB));
    atMost(
      'gateway idle RSS (MiB)',
      g.memory.idleMiB,
      `≤ ${Math.min(lowestIdle, IDLE_RSS_CAP_MIB).toFixed(0)} (lowest same-feature peer, at most ${IDLE_RSS_CAP_MIB})`,
      Math.min(lowestIdle, IDLE_RSS_CAP_MIB),
    );
    atMost('gateway peak RSS (MiB)', g.memory.peakMiB, `≤ ${lowestPeak.toFixed(0)} (same-feature peers)`, lowestPeak);
  }
  atMost('gateway start to first answer (ms)', g.startupMs, `≤ ${STARTUP_CAP_MS}`, STARTUP_CAP_MS);
  add('gateway first start, compile cache empty (ms)', { value: g.coldStartupMs }, '(context)');
  // Context: the decomposition and the bare peers.
  if (limit) {
    add('gateway / limit throughput', throughput(g, limit), '(context)');
    add(
      'limit / gateway CPU per request',
      { value: limit.cpuUsPerRequest / g.cpuUsPerRequest },
      '(context: less noisy)',
    );
    if (graphql)
      add('GraphQL floor / limit throughput', throughput(graphql, limit), '(context: best any GraphQL server can do)');
    if (yoga) add('yoga without plugins / limit throughput', throughput(yoga, limit), '(context)');
  }
  if (yoga)
    add(
      'gateway / yoga without plugins throughput',
      throughput(g, yoga),
      '(context: what the production plugins cost)',
    );
  if (apollo) add('gateway / bare Apollo Server throughput', throughput(g, apollo), '(context: no features)');
  if (mercurius) add('gateway / bare Mercurius throughput', throughput(g, mercurius), '(context: no features)');
  if (hello) add('gateway / hello ceiling throughput', throughput(g, hello), '(context)');
  return out;
}

export interface FeatureCost {
  server: 'gateway' | 'apollo-features' | 'mercurius-features';
  /** The server's label and the bare server it is measured over. */
  label: string;
  short: string;
  bare: ServerName;
  bareLabel: string;
  /** Median CPU µs per request of the server and of its bare self. */
  cpuUs: number;
  bareCpuUs: number;
  /** What the features cost: the difference of the medians (µs per request) and their ratio. */
  extraUs: number;
  ratio: number;
  /** The same difference in each round, in round order. */
  roundExtraUs: number[];
}

/** Each server with features over the same server without them: the gateway over bare yoga, the peers over their bare selves. */
const FEATURE_PAIRS = [
  { server: 'gateway', bare: 'yoga', short: 'gateway' },
  { server: 'apollo-features', bare: 'apollo', short: 'Apollo' },
  { server: 'mercurius-features', bare: 'mercurius', short: 'Mercurius' },
] as const;

/** What the production features cost each server in CPU per request, where both halves of a pair ran. */
export function featureCosts(byServer: Partial<Record<ServerName, ServerSummary>>): FeatureCost[] {
  return FEATURE_PAIRS.flatMap(({ server, bare, short }) => {
    const withFeatures = byServer[server];
    const without = byServer[bare];
    if (!withFeatures || !without) return [];
    return [
      {
        server,
        label: withFeatures.label,
        short,
        bare,
        bareLabel: without.label,
        cpuUs: withFeatures.cpuUsPerRequest,
        bareCpuUs: without.cpuUsPerRequest,
        extraUs: withFeatures.cpuUsPerRequest - without.cpuUsPerRequest,
        ratio: withFeatures.cpuUsPerRequest / without.cpuUsPerRequest,
        roundExtraUs: withFeatures.roundCpuUsPerRequest.map((us, i) => us - (without.roundCpuUsPerRequest[i] ?? NaN)),
      },
    ];
  });
}

export function formatFeatureCosts(rows: FeatureCost[]): string {
  return table(
    [
      'server',
      'over',
      'CPU µs/req',
      'bare CPU µs/req',
      'features µs/req',
      'features ×',
      'paired by round (lowest–highest)',
    ],
    rows.map((r) => {
      const rounds = r.roundExtraUs.filter(Number.isFinite);
      return [
        r.label,
        r.bareLabel,
        fixed(r.cpuUs, 0),
        fixed(r.bareCpuUs, 0),
        fixed(r.extraUs, 0),
        fixed(r.ratio, 2),
        rounds.length > 0
          ? `${fixed(median(rounds), 0)} (${fixed(Math.min(...rounds), 0)}–${fixed(Math.max(...rounds), 0)})`
          : 'n/a',
      ];
    }),
  );
}

export interface RateRow {
  server: ServerName;
  rate: number;
  achieved: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
}

/** Slack the gateway's p99 may have over the limit's at the reference rate. */
export const P99_SLACK_MS = 2;
export const REFERENCE_RATE = 100;

/** The latency target at the reference rate, when both the limit and the gateway ran at it. */
export function rateRatio(rows: RateRow[]): Ratio | undefined {
  const at = (server: ServerName) => rows.find((r) => r.server === server && r.rate === REFERENCE_RATE);
  const g = at('gateway');
  const l = at('limit');
  if (!g || !l) return undefined;
  const value = g.p99Ms - l.p99Ms;
  return {
    name: `gateway p99 − limit p99 at ${REFERENCE_RATE} req/s (ms)`,
    value,
    target: `≤ ${P99_SLACK_MS}`,
    met: value <= P99_SLACK_MS,
  };
}

export function formatRates(rows: RateRow[]): string {
  return table(
    ['server', 'offered req/s', 'achieved req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'],
    rows.map((r) => [
      SERVERS[r.server].label,
      String(r.rate),
      fixed(r.achieved, 0),
      fixed(r.p50Ms),
      fixed(r.p99Ms),
      fixed(r.maxMs),
      String(r.errors),
    ]),
  );
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
    [
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU µs/req',
      'errors (non-2xx/conn/GraphQL/typename of sampled)',
      'start ms (first)',
      'idle RSS MiB',
      'peak RSS MiB',
    ],
    summaries.map((s) => [
      s.label,
      fixed(s.requestsPerSecond, 0),
      fixed(s.p50Ms),
      fixed(s.p99Ms),
      fixed(s.cpuUsPerRequest, 0),
      `${s.errors.non2xx}/${s.errors.connection + s.errors.timeouts}/${s.errors.graphql}/${s.errors.wrongTypename} of ${s.errors.sampled}`,
      `${fixed(s.startupMs, 0)} (${fixed(s.coldStartupMs, 0)})`,
      fixed(s.memory.idleMiB, 0),
      fixed(s.memory.peakMiB, 0),
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
