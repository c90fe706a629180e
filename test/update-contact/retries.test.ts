import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack({ client: { maxAttempts: 3 } });

const attempts = () => stack.connectCalls('UpdateContact');

describe('the SDK retries throttling and 5xx', () => {
  it.each([
    ['ThrottlingException', 429],
    ['InternalServiceException', 500],
  ] as const)('a single %s is retried to success', async (name, status) => {
    stack.emulator.faults.add({ kind: 'error', name, status, operation: 'UpdateContact', times: 1 });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'retried' }) });
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(attempts().map((c) => c.status)).toEqual([status, 200]);
  });

  it('gives up after the bounded attempts and answers ThrottlingError', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'ThrottlingException', operation: 'UpdateContact' });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(data?.updateContact.__typename).toBe('ThrottlingError');
    expect(attempts()).toHaveLength(3);
  });

  it('does not retry a client error', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'ConflictException', operation: 'UpdateContact', times: 1 });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(data?.updateContact.__typename).toBe('ConflictError');
    expect(attempts()).toHaveLength(1);
  });
});
