import { afterEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';

// The gateway passes no maxAttempts/retryMode in production: these prove the SDK itself reads
// AWS_MAX_ATTEMPTS and AWS_RETRY_MODE (this file runs in its own worker, so env changes stay here).
let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  delete process.env.AWS_MAX_ATTEMPTS;
  delete process.env.AWS_RETRY_MODE;
});

describe('retry policy from the standard AWS variables', () => {
  it.each([1, 2, 4])('AWS_MAX_ATTEMPTS=%i bounds the attempts at a lasting 5xx', async (max) => {
    process.env.AWS_MAX_ATTEMPTS = String(max);
    stack = await startStack();
    stack.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', operation: 'UpdateContact' });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(data?.updateContact.__typename).toBe('InternalServiceError');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(max);
  });

  it.each(['standard', 'adaptive'])('AWS_RETRY_MODE=%s selects the strategy', async (mode) => {
    process.env.AWS_RETRY_MODE = mode;
    stack = await startStack();
    const strategy = await stack.connect.config.retryStrategy();
    expect('mode' in strategy && strategy.mode).toBe(mode);
  });
});
