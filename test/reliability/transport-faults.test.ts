import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { expectStillServing, MASKED_MESSAGE, storedName, timed } from './support.ts';

const REQUEST_TIMEOUT_MS = 300;

// Short per-attempt timeout so a hung Connect costs this file about a second per case.
const stack = useStack({ client: { maxAttempts: 3, requestTimeoutMs: REQUEST_TIMEOUT_MS, connectionTimeoutMs: 300 } });
// The tests change the contacts: each starts from the seeded ones.
beforeEach(() => stack.emulator.resetStore());

const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });

describe('a fault on the way to or from Connect is a masked error with a code, never a success', () => {
  it.each([
    ['hang (no answer): each attempt is cut off by the request timeout', 'CONNECT_UNAVAILABLE', { kind: 'hang' }, 3],
    ['latency beyond the request timeout', 'CONNECT_UNAVAILABLE', { kind: 'latency', latencyMs: 3_000 }, 3],
    ['connection reset', 'CONNECT_UNAVAILABLE', { kind: 'reset' }, 3],
    ['truncated body', 'CONNECT_UNAVAILABLE', { kind: 'truncated' }, undefined],
    ['malformed 200 body', 'CONNECT_BAD_RESPONSE', { kind: 'malformed' }, undefined],
    [
      'HTML 502 from a proxy',
      'CONNECT_BAD_RESPONSE',
      { kind: 'malformed', status: 502, body: '<html>Bad Gateway</html>' },
      undefined,
    ],
  ] as const)('%s → %s', async (_case, code, fault, attempts) => {
    stack.emulator.faults.add({ ...fault, operation: 'UpdateContact' });
    const before = storedName(stack);
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ message: MASKED_MESSAGE, extensions: { code } });
    expect(storedName(stack)).toBe(before);
    if (attempts !== undefined) expect(stack.connectCalls('UpdateContact')).toHaveLength(attempts);
    // 3 attempts × 300 ms plus backoff; far below the SDK's default of no timeout at all.
    expect(ms).toBeLessThan(5_000);
    await expectStillServing(stack);
  });

  it('one reset attempt is retried to success', async () => {
    stack.emulator.faults.add({ kind: 'reset', operation: 'UpdateContact', times: 1 });
    const { data } = await update('after a reset');
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(storedName(stack)).toBe('after a reset');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(2);
  });

  it('latency just within the request timeout succeeds', async () => {
    stack.emulator.faults.add({ kind: 'latency', latencyMs: REQUEST_TIMEOUT_MS - 150, operation: 'UpdateContact' });
    const { data } = await update('slow but in time');
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(storedName(stack)).toBe('slow but in time');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });
});

describe('5xx from Connect', () => {
  it('one InternalServiceException is retried to success', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      times: 1,
    });
    const { data } = await update('retried');
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([500, 200]);
    expect(storedName(stack)).toBe('retried');
  });

  it('a lasting 5xx ends in InternalServiceError after the bounded attempts, and nothing changes', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', operation: 'UpdateContact' });
    const before = storedName(stack);
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.data?.updateContact.__typename).toBe('InternalServiceError');
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([500, 500, 500]);
    expect(storedName(stack)).toBe(before);
    expect(ms).toBeLessThan(5_000);
    await expectStillServing(stack);
  });

  it('with an error rate, every answer tells the truth about the stored contact', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      rate: 0.7,
      seed: 7,
    });
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const before = storedName(stack);
      const { data } = await update(`rate-${i}`);
      const typename = data?.updateContact.__typename ?? 'error';
      seen.add(typename);
      expect(storedName(stack)).toBe(typename === 'UpdateContactSuccess' ? `rate-${i}` : before);
    }
    // The seed gives both outcomes, so both branches above were checked.
    expect(seen).toEqual(new Set(['UpdateContactSuccess', 'InternalServiceError']));
  });
});
