import { DOCUMENTED_ERRORS, type DocumentedErrorName, type OperationName } from '@connect-gateway/connect-emulator';
import { expect } from 'vitest';
import type { Stack } from '../../support/stack.ts';

/** What every member of a result union shows, the success included. */
export interface Answer {
  __typename: string;
  message?: string;
  requestId?: string | null;
}

/** The contract's naming: Connect's `XxxException` is the union member `XxxError`. */
export const memberFor = (exception: DocumentedErrorName) => exception.replace(/Exception$/, 'Error');

/** The message a client gets: Connect's, but a fixed one where Connect's would describe its internals. */
export const messageFor = (exception: DocumentedErrorName, connectMessage: string) =>
  exception === 'InternalServiceException'
    ? 'Amazon Connect failed internally. Retry later with backoff; requestId names the failed call for AWS Support.'
    : connectMessage;

/**
 * Injects `exception` once into `operation` (at its documented status), runs the mutation and
 * expects that exception's union member with Connect's message (a fixed one for
 * InternalServiceException) and AWS request id.
 */
export async function expectInjectedError(
  stack: Stack,
  operation: OperationName,
  exception: DocumentedErrorName,
  run: () => Promise<Answer>,
): Promise<void> {
  stack.emulator.faults.add({ kind: 'error', name: exception, message: `injected ${exception}`, operation, times: 1 });
  const answer = await run();
  expect(answer).toMatchObject({
    __typename: memberFor(exception),
    message: messageFor(exception, `injected ${exception}`),
  });
  expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(stack.connectCalls(operation).map((call) => call.status)).toEqual([DOCUMENTED_ERRORS[exception]]);
}
