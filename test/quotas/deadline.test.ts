import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack.ts';
import {
  burstOfUpdates,
  byType,
  metricValue,
  statusCounts,
  throttleAtConnectDefaults,
  timedUpdate,
} from './support.ts';

// A 3 s deadline leaves a call 2 s to wait for its token (1 s is kept for the call itself): the
// budget (7 UpdateContact calls per 700 ms window) serves 3 or 4 windows of a burst in that time.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { CONNECT_QUOTAS: 'defaults', GRAPHQL_DEADLINE_MS: '3000' } });
  throttleAtConnectDefaults(stack.emulator);
  // A cold gateway takes the burst in over a second (each call's deadline starting later); warm it,
  // then let Connect's bucket and the budget's window refill.
  await burstOfUpdates(stack, 5);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  stack.emulator.resetCalls();
});
afterAll(() => stack.close());

describe('a burst larger than the deadline can serve', () => {
  it('answers the calls it cannot serve in time with ThrottlingError at once, without calling Connect', async () => {
    const answers = await burstOfUpdates(stack, 60);
    const served = byType(answers, 'UpdateContactSuccess');
    const refused = byType(answers, 'ThrottlingError');

    // How many are served depends on how long the gateway takes to receive the 60 (each call's
    // deadline starts when it arrives); 60 would need 9 windows, 6.3 s.
    expect(served.length + refused.length).toBe(60);
    expect(served.length).toBeGreaterThanOrEqual(14);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    // Connect saw exactly the served calls, none of them throttled.
    expect(statusCounts(stack.connectCalls('UpdateContact'))).toEqual({ 200: served.length });
    // At once: the metric below counts each refusal as one decided on arrival, not after waiting
    // (`deadline_waited`); and every refusal is answered before the last served call, which waited
    // its windows. Relative, so a machine slowed by other work slows both sides alike (an absolute
    // 2 s bound failed once under the full suite's load, at 2,075 ms).
    const lastServed = Math.max(...served.map((a) => a.ms));
    for (const answer of refused) {
      expect(answer.ms).toBeLessThan(lastServed);
      expect(answer.requestId).toBeNull();
      expect(answer.message).toMatch(
        /budget for Connect's UpdateContact quota \(10\/s, burst 15\) cannot send this call before the request's deadline; Connect was not called/,
      );
      // When the calls admitted before it are done: past the time it could wait (2 s, less what
      // the gateway took to receive it), within one more window.
      expect([1, 2, 3]).toContain(answer.retryAfterSeconds);
    }
    expect(await metricValue(stack, 'connect_quota_refused_total{operation="UpdateContact",reason="deadline"}')).toBe(
      refused.length,
    );
    expect(
      await metricValue(stack, 'connect_quota_refused_total{operation="UpdateContact",reason="deadline_waited"}'),
    ).toBeUndefined();

    // retryAfterSeconds is right: after it, the budget has served everything admitted before, and
    // a call sent then is served without waiting.
    const retryAfter = Math.max(...refused.map((a) => a.retryAfterSeconds ?? 0));
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
    const retried = await timedUpdate(stack, 'retried');
    expect(retried.typename).toBe('UpdateContactSuccess');
    expect(retried.ms).toBeLessThan(400);
    expect(statusCounts(stack.connectCalls('UpdateContact'))).toEqual({ 200: served.length + 1 });
  });
});

describe('a deadline shorter than the second a call keeps for itself', () => {
  it('still sends a call whose token is free, and waits half the deadline at most', async () => {
    const short = await startStack({ env: { CONNECT_QUOTAS: 'defaults', GRAPHQL_DEADLINE_MS: '800' } });
    try {
      const answers = await burstOfUpdates(short, 10);
      // 7 tokens in the first window, the rest within 400 ms or refused: never a masked deadline error.
      expect(byType(answers, 'UpdateContactSuccess').length).toBeGreaterThanOrEqual(7);
      expect(byType(answers, 'UpdateContactSuccess').length + byType(answers, 'ThrottlingError').length).toBe(10);
    } finally {
      await short.close();
    }
  });
});
