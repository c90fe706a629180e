import type { SqsError } from '../errors.ts';
import { isError, queueOf } from '../input.ts';
import type { SqsHandler } from '../operation.ts';
import { failed, ok } from '../operation.ts';
import type { Queue } from '../queue.ts';
import { messageOf } from '../receipt.ts';
import { batchEntries, entryFailure } from './batch.ts';

// A handle this queue issued always succeeds: deleted when it is the latest receive's, kept when
// the message was received again since (DeleteMessage: "the request will succeed, but the message
// might not be deleted"), and a no-op when the message is gone already.
function deleteOne(queue: Queue, input: Readonly<Record<string, unknown>>, now: number): SqsError | undefined {
  const target = messageOf(queue, input);
  if (isError(target)) return target;
  queue.delete(target.messageId, target.handle, now);
  return undefined;
}

/** DeleteMessage by the receipt handle of the most recent receive. */
export const deleteMessage: SqsHandler = (input, { queues, now }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const error = deleteOne(queue, input, now());
  return error ? failed(error) : ok();
};

/** DeleteMessageBatch: up to 10 handles, each answered in Successful or Failed. */
export const deleteMessageBatch: SqsHandler = (input, { queues, now }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const entries = batchEntries(input);
  if (isError(entries)) return failed(entries);
  const Successful: object[] = [];
  const Failed: object[] = [];
  for (const e of entries) {
    const error = deleteOne(queue, e, now());
    if (error) Failed.push(entryFailure(e['Id'] as string, error));
    else Successful.push({ Id: e['Id'] });
  }
  return ok({ Successful, Failed });
};
