import type { SqsError } from '../errors.ts';
import { isError } from '../input.ts';
import type { Queue } from '../queue.ts';
import { messageOf } from '../receipt.ts';
import { batchHandler, singleHandler } from './batch.ts';

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
export const deleteMessage = singleHandler(deleteOne);

/** DeleteMessageBatch: up to 10 handles, each answered in Successful or Failed. */
export const deleteMessageBatch = batchHandler(deleteOne);
