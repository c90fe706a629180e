import { afterEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { burstOfUpdates, byType, metricValue, statusCounts, throttleAtConnectDefaults } from './support.ts';

// Connect's quota switched on in the emulator (UpdateContact and DescribeContact at 10/s, burst
// 15). Each update selects its contact, so it reads it back too: both operations are budgeted.
let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('a burst of 60 updates within the 10 s deadline', () => {
  it("without CONNECT_QUOTAS meets Connect's 429s (what the budget is for), which reach the callers typed", async () => {
    const started = await startStack();
    stack = started;
    throttleAtConnectDefaults(started.emulator);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        started.execute(UpdateContactDocument, { input: updateInput({ name: `burst ${i}` }) }),
      ),
    );
    expect(statusCounts(started.connectCalls('UpdateContact'))['429']).toBeGreaterThan(0);
    // An update still throttled after the SDK's retries is a ThrottlingError member; a read-back
    // still throttled is the field's THROTTLING error (how many of each varies): never masked.
    const codes = results.flatMap(({ errors }) => errors ?? []).map((error) => error.extensions?.code);
    expect(codes.filter((code) => code !== 'THROTTLING')).toEqual([]);
  });

  it('with CONNECT_QUOTAS=defaults gives 60 successes, no ThrottlingError and no 429 at Connect', async () => {
    stack = await startStack({ env: { CONNECT_QUOTAS: 'defaults' } });
    throttleAtConnectDefaults(stack.emulator);
    const started = performance.now();
    const answers = await burstOfUpdates(stack, 60, { readBack: true });
    const ms = performance.now() - started;

    expect(byType(answers, 'UpdateContactSuccess')).toHaveLength(60);
    expect(statusCounts(stack.connectCalls('UpdateContact'))).toEqual({ 200: 60 });
    expect(statusCounts(stack.connectCalls('DescribeContact'))).toEqual({ 200: 60 });
    // Paced, not sent at once: 7 calls per 700 ms window, so the 60th update waits 8 windows.
    expect(ms).toBeGreaterThan(4_500);
    expect(ms).toBeLessThan(9_000);
    expect(await metricValue(stack, 'connect_quota_wait_seconds_count{operation="UpdateContact"}')).toBe(60);
    expect(
      await metricValue(stack, 'connect_quota_wait_seconds_bucket{le="4",operation="UpdateContact"}'),
    ).toBeLessThan(60);
    expect(await metricValue(stack, 'connect_quota_queued_calls{operation="UpdateContact"}')).toBe(0);
  });
});
