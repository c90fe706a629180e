import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { expectStillServing, storedName, timed } from './support.ts';

// A retry that cannot finish before GRAPHQL_DEADLINE_MS is not made: the call answers the error its
// last attempt got, before the deadline, rather than sleeping into it and answering a masked
// CONNECT_UNAVAILABLE (src/connect/deadline-retries.ts).

describe('Retry-After against the deadline (10 s, the default)', () => {
  const stack = useStack({ client: { maxAttempts: 3 } });
  beforeEach(() => stack.emulator.resetStore());
  const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });

  it('Retry-After 7 s: one retry fits, the next would not: ThrottlingError with Connect’s 7 s, before the deadline', async () => {
    stack.emulator.faults.add({
      kind: 'throttle',
      operation: 'UpdateContact',
      ratePerSecond: 0,
      burst: 0,
      retryAfterSeconds: 7,
    });
    const before = storedName(stack);
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateContact).toMatchObject({ __typename: 'ThrottlingError', retryAfterSeconds: 7 });
    // The first retry waits Connect's 7 s and fits in 10 s; a second one would end past the deadline.
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([429, 429]);
    expect(ms).toBeGreaterThanOrEqual(6_900);
    expect(ms).toBeLessThan(8_500);
    expect(storedName(stack)).toBe(before);
    await expectStillServing(stack);
  });

  it('Retry-After 12 s, longer than the whole deadline: ThrottlingError with 12 s at once, one call', async () => {
    stack.emulator.faults.add({
      kind: 'throttle',
      operation: 'UpdateContact',
      ratePerSecond: 0,
      burst: 0,
      retryAfterSeconds: 12,
    });
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.data?.updateContact).toMatchObject({ __typename: 'ThrottlingError', retryAfterSeconds: 12 });
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    expect(ms).toBeLessThan(1_000);
  });

  it('Retry-After 1 s: retried after Connect’s wait, and succeeds', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'ThrottlingException',
      operation: 'UpdateContact',
      retryAfterSeconds: 1,
      times: 1,
    });
    const { result, ms } = await timed(() => update('after one throttle'));
    expect(result.data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([429, 200]);
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(storedName(stack)).toBe('after one throttle');
  });
});

describe('a 5xx and its backoff against the deadline (1 s)', () => {
  const stack = useStack({ env: { GRAPHQL_DEADLINE_MS: '1000' }, client: { maxAttempts: 3 } });
  beforeEach(() => stack.emulator.resetStore());
  const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });

  it('fast failing attempts: every retry fits, all attempts made, InternalServiceError', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      latencyMs: 100,
    });
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.data?.updateContact.__typename).toBe('InternalServiceError');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(3);
    expect(ms).toBeLessThan(1_000);
  });

  it('a 5xx then success: retried within the deadline', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      times: 1,
    });
    const { result } = await timed(() => update('second attempt'));
    expect(result.data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact').map((c) => c.status)).toEqual([500, 200]);
  });

  it('slow failing attempts: a retry would end past the deadline, so InternalServiceError at once, not CONNECT_UNAVAILABLE', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      latencyMs: 600,
    });
    const { result, ms } = await timed(() => update('never stored'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateContact.__typename).toBe('InternalServiceError');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    expect(ms).toBeLessThan(1_000);
  });
});
