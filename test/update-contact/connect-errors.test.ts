import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { messageFor } from '../mutations/support/documented-errors.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// One attempt: this file is about the mapping, retries are tested in retries.test.ts.
const stack = useStack({ client: { maxAttempts: 1 } });

const documented = [
  ['InvalidParameterException', 400, 'InvalidParameterError'],
  ['InvalidRequestException', 400, 'InvalidRequestError'],
  ['ResourceNotFoundException', 404, 'ResourceNotFoundError'],
  ['ThrottlingException', 429, 'ThrottlingError'],
  ['InternalServiceException', 500, 'InternalServiceError'],
  ['AccessDeniedException', 403, 'AccessDeniedError'],
  ['ConflictException', 409, 'ConflictError'],
  ['InvalidActiveRegionException', 400, 'InvalidActiveRegionError'],
] as const;

describe('documented Connect errors map one-to-one to union members', () => {
  it.each(documented)('%s (%i) → %s with message and requestId', async (name, status, typename) => {
    stack.emulator.faults.add({
      kind: 'error',
      name,
      status,
      message: `injected ${name}`,
      operation: 'UpdateContact',
      times: 1,
    });
    const { data, errors } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(errors).toBeUndefined();
    const result = data!.updateContact;
    // Connect's message, but a fixed one for InternalServiceException: Connect's would describe its internals.
    expect(result).toMatchObject({ __typename: typename, message: messageFor(name, `injected ${name}`) });
    const [answered] = stack.connectCalls('UpdateContact');
    expect(answered?.status).toBe(status);
    expect('requestId' in result && result.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a real not-found from Connect is ResourceNotFoundError', async () => {
    const { data } = await stack.execute(UpdateContactDocument, {
      input: updateInput({ contactId: 'no-such-contact', name: 'x' }),
    });
    expect(data?.updateContact.__typename).toBe('ResourceNotFoundError');
  });

  it('ThrottlingError carries the Retry-After hint Connect sent', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'ThrottlingException', retryAfterSeconds: 7, times: 1 });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(data?.updateContact).toMatchObject({ __typename: 'ThrottlingError', retryAfterSeconds: 7 });
  });
});

describe('undocumented failures are masked GraphQL errors, never a success', () => {
  it.each([
    [
      'an undocumented error type',
      { kind: 'error', name: 'ServiceQuotaExceededException', status: 402 },
      'CONNECT_UNEXPECTED_ERROR',
    ],
    ['a connection reset', { kind: 'reset' }, 'CONNECT_UNAVAILABLE'],
    ['a malformed body', { kind: 'malformed', operation: 'UpdateContact' }, 'CONNECT_BAD_RESPONSE'],
  ] as const)('%s → error with code %s and no data', async (_case, fault, code) => {
    stack.emulator.faults.add({ ...fault, times: 1 });
    const { data, errors } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({
      message: 'Amazon Connect did not complete the request.',
      extensions: { code },
    });
    expect(JSON.stringify(errors)).not.toMatch(/stack|ECONNRESET|SyntaxError/);
  });
});
