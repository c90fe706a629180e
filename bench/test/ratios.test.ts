import { describe, expect, it } from 'vitest';
import type { ServerName } from '../options.ts';
import { type RateRow, rateRatio, ratios, type ServerSummary } from '../report.ts';

function server(
  name: ServerName,
  roundRequestsPerSecond: number[],
  p99Ms = 100,
  memory = { idleMiB: 100, peakMiB: 300 },
): ServerSummary {
  const sorted = [...roundRequestsPerSecond].sort((a, b) => a - b);
  return {
    server: name,
    label: name,
    rounds: roundRequestsPerSecond.length,
    requestsPerSecond: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    roundRequestsPerSecond,
    p50Ms: 50,
    p99Ms,
    cpuUsPerRequest: 1000,
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

  it('judges the same-feature peer targets on their own side of the boundary', () => {
    const target = (peer: 'apollo-features' | 'mercurius-features', label: string, gateway: number) =>
      find(
        ratios({ gateway: server('gateway', [gateway]), [peer]: server(peer, [1000]) }),
        `gateway / ${label} + same features throughput`,
      );
    expect(target('apollo-features', 'Apollo', 1099)?.met).toBe(false);
    expect(target('apollo-features', 'Apollo', 1100)?.met).toBe(true);
    expect(target('mercurius-features', 'Mercurius', 999)?.met).toBe(false);
    expect(target('mercurius-features', 'Mercurius', 1000)?.met).toBe(true);
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
