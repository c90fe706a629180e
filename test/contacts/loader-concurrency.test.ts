import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DESCRIBE_CONCURRENCY } from '../../src/connect/request-reads.ts';
import { addContacts, readEntities, readMany } from '../support/many-contacts.ts';
import { useStack } from '../support/stack.ts';
import { type InFlightProxy, startInFlightProxy } from './support/in-flight-proxy.ts';

// The SDK talks to the emulator through a proxy that counts the calls in flight.
let proxy: InFlightProxy;
beforeAll(async () => {
  proxy = await startInFlightProxy();
});
afterAll(() => proxy.close());
const stack = useStack(() => ({ client: { endpoint: proxy.url } }));
beforeAll(() => {
  proxy.target = stack.emulator.url;
});
beforeEach(() => proxy.reset());

describe('the contact loader bounds DescribeContact concurrency per request', () => {
  it(`runs 25 distinct reads ${DESCRIBE_CONCURRENCY} at a time, never more`, async () => {
    const ids = addContacts(stack, 25);
    // Slow answers keep calls in flight long enough to overlap.
    stack.emulator.faults.add({ kind: 'latency', latencyMs: 50, operation: 'DescribeContact' });

    // One `_entities` field carries all 25 keys, as a federation router sends them.
    const { data, errors } = await readEntities(stack, ids);

    expect(errors).toBeUndefined();
    expect(data?._entities.map((c) => c?.name)).toEqual(ids.map((_, i) => `Contact ${i}`));
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(25);
    // Both sides of the bound: the reads do run in parallel up to it, and never beyond it.
    expect(proxy.maxInFlight).toBe(DESCRIBE_CONCURRENCY);
  });

  it('keeps the bound per request: two concurrent requests may each use it', async () => {
    const first = addContacts(stack, 12, 'first');
    const second = addContacts(stack, 12, 'second');
    stack.emulator.faults.add({ kind: 'latency', latencyMs: 50, operation: 'DescribeContact' });

    await Promise.all([readMany(stack, first), readMany(stack, second)]);

    expect(stack.emulator.callLog.counts.DescribeContact).toBe(24);
    expect(proxy.maxInFlight).toBeGreaterThan(DESCRIBE_CONCURRENCY);
    expect(proxy.maxInFlight).toBeLessThanOrEqual(2 * DESCRIBE_CONCURRENCY);
  });

  it('fails only the missing contact of a batch; the others are read', async () => {
    const ids = addContacts(stack, 3, 'mixed');
    const results = await readMany(stack, [ids[0]!, 'missing-contact', ids[1]!, ids[2]!]);

    expect(results.map((r) => r.__typename)).toEqual(['Contact', 'ResourceNotFoundError', 'Contact', 'Contact']);
    expect(results[2]).toMatchObject({ id: ids[1], name: 'Contact 1' });
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(4);
  });
});
