import { DescribeContactCommand, ThrottlingException } from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import { createFaults, SEED_CONTACT_IDS, SEED_INSTANCE_ID, startEmulator } from '../src/index.ts';
import { rejectionOf, sdkClient } from './sdk-client.ts';

const target = { operation: 'DescribeContact', instanceId: 'i', contactId: 'c' } as const;

describe('throttle token bucket', () => {
  it('allows `burst` calls, then 429s until tokens refill at `ratePerSecond`', () => {
    let now = 0;
    const faults = createFaults({ now: () => now });
    faults.add({ kind: 'throttle', ratePerSecond: 2, burst: 3 });
    const throttled = () => faults.decide(target).effect?.kind === 'throttle';
    expect([throttled(), throttled(), throttled(), throttled()]).toEqual([false, false, false, true]);
    now += 499;
    expect(throttled()).toBe(true);
    now += 1; // 500 ms at 2/s = one token
    expect([throttled(), throttled()]).toEqual([false, true]);
    now += 60_000; // refills to burst, never beyond
    expect([throttled(), throttled(), throttled(), throttled()]).toEqual([false, false, false, true]);
  });

  it('the real SDK gets ThrottlingException (429, Retry-After) past the burst', async () => {
    const emulator = await startEmulator();
    const client = sdkClient(emulator);
    try {
      emulator.faults.add({ kind: 'throttle', ratePerSecond: 0.001, burst: 5, retryAfterSeconds: 1 });
      const command = new DescribeContactCommand({
        InstanceId: SEED_INSTANCE_ID,
        ContactId: SEED_CONTACT_IDS.chatCompleted,
      });
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => client.send(command)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
      const error = await rejectionOf(client.send(command));
      expect(error).toBeInstanceOf(ThrottlingException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 429 });
      expect((error.$response as { headers: Record<string, string> }).headers['retry-after']).toBe('1');
      expect(emulator.calls.filter((c) => c.status === 429)).toHaveLength(4);
    } finally {
      client.destroy();
      await emulator.close();
    }
  });
});
