import { describe, expect, it } from 'vitest';
import type { ServerName } from '../options.ts';
import { ratios, type ServerSummary } from '../report.ts';

function server(name: ServerName, roundRequestsPerSecond: number[], p99Ms = 100): ServerSummary {
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
    memory: { peakMiB: 0, startMiB: 0, endMiB: 0 },
    examples: [],
  };
}

const find = (list: ReturnType<typeof ratios>, name: string) => list.find((r) => r.name === name);

describe('bench ratios', () => {
  it('divides medians and spans the same ratio round by round', () => {
    const list = ratios({ gateway: server('gateway', [800, 900, 850]), limit: server('limit', [1000, 1000, 1250]) });
    const ratio = find(list, 'gateway / limit throughput');
    expect(ratio?.value).toBeCloseTo(850 / 1000);
    expect(ratio?.range?.[0]).toBeCloseTo(0.68);
    expect(ratio?.range?.[1]).toBeCloseTo(0.9);
    expect(ratio?.met).toBe(true);
  });

  it('judges each target on its own side of the boundary', () => {
    const justBelow = ratios({ gateway: server('gateway', [849]), limit: server('limit', [1000], 95) });
    expect(find(justBelow, 'gateway / limit throughput')?.met).toBe(false);
    expect(find(justBelow, 'gateway p99 − limit p99 (ms)')).toMatchObject({ value: 5, met: true });
    const apollo = ratios({ gateway: server('gateway', [1199]), apollo: server('apollo', [1000]) });
    expect(find(apollo, 'gateway / Apollo Server throughput')?.met).toBe(false);
    const mercurius = ratios({ gateway: server('gateway', [1000]), mercurius: server('mercurius', [1000]) });
    expect(find(mercurius, 'gateway / Mercurius throughput')?.met).toBe(true);
  });

  it('leaves out a single round’s range and the ratios of servers that did not run', () => {
    const list = ratios({ gateway: server('gateway', [800]), limit: server('limit', [1000]) });
    expect(find(list, 'gateway / limit throughput')?.range).toBeUndefined();
    expect(find(list, 'gateway / Mercurius throughput')).toBeUndefined();
    expect(ratios({ limit: server('limit', [1000]) })).toEqual([]);
  });
});
