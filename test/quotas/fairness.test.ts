import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';
import {
  type Answer,
  burstOfUpdates,
  byType,
  metricValue,
  statusCounts,
  throttleAtConnectDefaults,
  timedUpdate,
} from './support.ts';

// Callers are token subjects: one caller's flood is served in turn with everyone else's calls.
let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

interface Caller {
  headers: Record<string, string>;
}

async function start(env: Record<string, string> = {}) {
  const started = await startStack({ env: { ...HS256_ENV, CONNECT_QUOTAS: 'defaults', ...env } });
  stack = started;
  throttleAtConnectDefaults(started.emulator);
  const headers = async (sub: string) => ({ headers: bearer(await hs256Token({ sub })) });
  const callers = { flooder: await headers('batch-job'), agent: await headers('agent-desktop') };
  // Warm: a cold gateway (first requests, first token checks) would take longer than the budget.
  await Promise.all([timedUpdate(started, 'warm', callers.flooder), timedUpdate(started, 'warm', callers.agent)]);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  started.emulator.resetCalls();
  return { target: started, callers };
}

/** Starts a flood and, once `waiting` of its calls wait for the budget, sends one call of another caller. */
async function floodThenOne(
  target: Stack,
  flood: number,
  waiting: number,
  callers: { flooder: Caller; agent: Caller },
) {
  const flooded = burstOfUpdates(target, flood, callers.flooder);
  const queued = () => metricValue(target, 'connect_quota_queued_calls{operation="UpdateContact"}');
  while (((await queued()) ?? 0) < waiting) await new Promise((resolve) => setTimeout(resolve, 10));
  const single = await timedUpdate(target, "the agent's update", callers.agent);
  return { single, flooded: await flooded };
}

describe("one caller's flood", () => {
  it("leaves another caller's single update served within a second, and is served in full itself", async () => {
    const { target, callers } = await start();
    const { single, flooded } = await floodThenOne(target, 60, 40, callers);
    expect(single.typename).toBe('UpdateContactSuccess');
    expect(single.ms).toBeLessThan(1_000);
    // Without turns the agent would wait behind the flood's queue: 40 calls and more, 4 s.
    expect(byType(flooded, 'UpdateContactSuccess')).toHaveLength(60);
    expect(Math.max(...flooded.map((a: Answer) => a.ms))).toBeGreaterThan(4_000);
    expect(statusCounts(target.connectCalls('UpdateContact'))).toEqual({ 200: 61 });
  });

  it('past CONNECT_QUOTA_QUEUE_PER_CALLER waiting calls is refused at once, and the other caller is still served', async () => {
    const { target, callers } = await start({ CONNECT_QUOTA_QUEUE_PER_CALLER: '10' });
    const { single, flooded } = await floodThenOne(target, 40, 10, callers);
    expect(single.typename).toBe('UpdateContactSuccess');
    expect(single.ms).toBeLessThan(1_000);

    const served = byType(flooded, 'UpdateContactSuccess');
    const refused = byType(flooded, 'ThrottlingError');
    expect(served.length + refused.length).toBe(40);
    // At most 10 wait beside the 7 of the first window (more only if the flood spans a window's edge).
    expect(served.length).toBeGreaterThanOrEqual(10);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    for (const answer of refused) {
      expect(answer.message).toMatch(/already holds 10 waiting calls of this caller; Connect was not called/);
      expect(answer.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(answer.ms).toBeLessThan(2_000);
    }
    expect(
      await metricValue(target, 'connect_quota_refused_total{operation="UpdateContact",reason="caller_queue"}'),
    ).toBe(refused.length);
    expect(statusCounts(target.connectCalls('UpdateContact'))).toEqual({ 200: served.length + 1 });
  });
});
