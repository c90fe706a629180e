import { describe, expect, it } from 'vitest';
import type { ServerName } from '../options.ts';
import { featureCosts, type RateRow, rateRatio, ratios, type ServerSummary } from '../report.ts';
import { median } from '../stats.ts';

function server(
  name: ServerName,
  roundRequestsPerSecond: number[],
  p99Ms = 100,
  memory = { idleMiB: 100, peakMiB: 300 },
  cpu: number | number[] = 1000,
): ServerSummary {
  const roundCpuUsPerRequest = Array.isArray(cpu) ? cpu : roundRequestsPerSecond.map(() => cpu);
  const sorted = [...roundRequestsPerSecond].sort((a, b) => a - b);
  return {
    server: name,
    label: name,
    rounds: roundRequestsPerSecond.length,
    requestsPerSecond: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    roundRequestsPerSecond,
    p50Ms: 50,
    p99Ms,
    cpuUsPerRequest: median(roundCpuUsPerRequest),
    roundCpuUsPerRequest,
    errors: { non2xx: 0, connection: 0, timeouts: 0, graphql: 0, wrongTypename: 0, sampled: 0 },
    startupMs: 500,
    coldStartupMs: 900,
    memory: { ...memory, startMiB: 0, endMiB: 0 },
    examples: [],
  };
}

const find = (list: ReturnType<typeof ratios>, name: string) => list.find((r) => r.name === name);

const rate = (server: ServerName, at: number, p99Ms: number): RateRow => ({
  server,
  rate: at,
  achieved: at,
  p50Ms: 1,
  p99Ms,
  maxMs: p99Ms,
  errors: 0,
});

describe('bench ratios', () => {
  it('divides medians and spans the same ratio round by round', () => {
    const list = ratios({ gateway: server('gateway', [800, 900, 850]), limit: server('limit', [1000, 1000, 1250]) });
    const ratio = find(list, 'gateway / limit throughput');
    expect(ratio?.value).toBeCloseTo(850 / 1000);
    expect(ratio?.range?.[0]).toBeCloseTo(0.68);
    expect(ratio?.range?.[1]).toBeCloseTo(0.9);
    expect(ratio?.met).toBeUndefined();
  });

  const cpu = (name: ServerName, cpuUsPerRequest: number | number[]) =>
    server(
      name,
      Array.isArray(cpuUsPerRequest) ? cpuUsPerRequest.map(() => 1000) : [1000],
      100,
      { idleMiB: 100, peakMiB: 300 },
      cpuUsPerRequest,
    );

  it('measures each server with features over its own bare self', () => {
    const costs = featureCosts({
      gateway: cpu('gateway', 1300),
      yoga: cpu('yoga', 1000),
      'apollo-features': cpu('apollo-features', 900),
      apollo: cpu('apollo', 1000),
      mercurius: cpu('mercurius', 800),
    });
    expect(costs.map((c) => [c.server, c.bare, c.extraUs])).toEqual([
      ['gateway', 'yoga', 300],
      ['apollo-features', 'apollo', -100],
    ]);
    expect(costs[0]?.ratio).toBeCloseTo(1.3);
  });

  it('judges the gateway’s plugins against each peer’s features on both sides of the boundary', () => {
    const target = (peer: 'apollo-features' | 'mercurius-features', bare: 'apollo' | 'mercurius', gateway: number) =>
      find(
        ratios({
          gateway: cpu('gateway', gateway),
          yoga: cpu('yoga', 2000),
          [peer]: cpu(peer, 1600),
          [bare]: cpu(bare, 1000),
        }),
        `gateway's plugins − ${peer === 'apollo-features' ? 'Apollo' : 'Mercurius'}'s features, CPU µs/req over the bare server, paired by round`,
      );
    expect(target('apollo-features', 'apollo', 2601)).toMatchObject({ value: 1, met: false });
    expect(target('apollo-features', 'apollo', 2600)).toMatchObject({ value: 0, met: true });
    expect(target('mercurius-features', 'mercurius', 2601)?.met).toBe(false);
    expect(target('mercurius-features', 'mercurius', 2600)?.met).toBe(true);
    // Without the bare halves there is no feature cost to compare.
    expect(
      ratios({ gateway: cpu('gateway', 1), 'apollo-features': cpu('apollo-features', 9) }).filter((r) =>
        r.name.startsWith("gateway's plugins"),
      ),
    ).toEqual([]);
  });

  it('decides the feature-cost target round by round, with the difference of the medians as context', () => {
    // Per round: gateway's plugins 100, 100, 50 µs; Apollo's features 100, 150, 60. Each round's
    // difference 0, −50, −10 (median −10: met), though the medians' difference is 100 − 60 = 40.
    const list = ratios({
      gateway: cpu('gateway', [1100, 1300, 1000]),
      yoga: cpu('yoga', [1000, 1200, 950]),
      'apollo-features': cpu('apollo-features', [900, 1150, 1000]),
      apollo: cpu('apollo', [800, 1000, 940]),
    });
    expect(
      find(list, "gateway's plugins − Apollo's features, CPU µs/req over the bare server, paired by round"),
    ).toMatchObject({ value: -10, range: [-50, 0], target: '≤ 0 (3 of 3 rounds)', met: true });
    expect(find(list, "gateway's plugins − Apollo's features, from the medians")).toMatchObject({
      value: 40,
      met: undefined,
    });
    // 10 µs more in every gateway round puts the median on the boundary (met), 11 over it.
    const withGatewayPlus = (us: number) =>
      find(
        ratios({
          gateway: cpu(
            'gateway',
            [1100, 1300, 1000].map((v) => v + us),
          ),
          yoga: cpu('yoga', [1000, 1200, 950]),
          'apollo-features': cpu('apollo-features', [900, 1150, 1000]),
          apollo: cpu('apollo', [800, 1000, 940]),
        }),
        "gateway's plugins − Apollo's features, CPU µs/req over the bare server, paired by round",
      );
    expect(withGatewayPlus(10)).toMatchObject({ value: 0, met: true });
    expect(withGatewayPlus(11)).toMatchObject({ value: 1, met: false });
  });

  it('keeps the throughput ratios to the same-feature peers as context', () => {
    const list = ratios({
      gateway: server('gateway', [500]),
      'apollo-features': server('apollo-features', [1000]),
      'mercurius-features': server('mercurius-features', [1000]),
    });
    expect(find(list, 'gateway / Apollo + same features throughput')).toMatchObject({ value: 0.5, met: undefined });
    expect(find(list, 'gateway / Mercurius + same features throughput')?.met).toBeUndefined();
  });

  it('holds idle RSS to the lowest same-feature peer and the cap, and peak RSS to the peers', () => {
    const list = ratios({
      gateway: server('gateway', [1000], 100, { idleMiB: 125, peakMiB: 350 }),
      'apollo-features': server('apollo-features', [1000], 100, { idleMiB: 140, peakMiB: 340 }),
      'mercurius-features': server('mercurius-features', [1000], 100, { idleMiB: 150, peakMiB: 400 }),
    });
    expect(find(list, 'gateway idle RSS (MiB)')?.met).toBe(true);
    expect(find(list, 'gateway peak RSS (MiB)')?.met).toBe(false);
    const capped = ratios({
      gateway: server('gateway', [1000], 100, { idleMiB: 131, peakMiB: 300 }),
      'apollo-features': server('apollo-features', [1000], 100, { idleMiB: 160, peakMiB: 340 }),
    });
    expect(find(capped, 'gateway idle RSS (MiB)')?.met).toBe(false);
    expect(find(capped, 'gateway peak RSS (MiB)')?.met).toBe(true);
  });

  it('compares p99 at 100 requests/s with the limit’s plus 2 ms', () => {
    expect(rateRatio([rate('limit', 100, 3), rate('gateway', 100, 5)])).toMatchObject({ value: 2, met: true });
    expect(rateRatio([rate('limit', 100, 3), rate('gateway', 100, 6)])?.met).toBe(false);
    expect(rateRatio([rate('limit', 20, 3), rate('gateway', 20, 4)])).toBeUndefined();
  });

  it('leaves out a single round’s range and the ratios of servers that did not run', () => {
    const list = ratios({ gateway: server('gateway', [800]), limit: server('limit', [1000]) });
    expect(find(list, 'gateway / limit throughput')?.range).toBeUndefined();
    expect(find(list, 'gateway / Mercurius + same features throughput')).toBeUndefined();
    expect(find(list, 'gateway idle RSS (MiB)')).toBeUndefined();
    expect(ratios({ limit: server('limit', [1000]) })).toEqual([]);
  });
});
