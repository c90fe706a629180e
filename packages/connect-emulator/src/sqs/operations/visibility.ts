import type { SqsError } from '../errors.ts';
import { invalidValue, missing } from '../errors.ts';
import { isError, optionalInt } from '../input.ts';
import type { Queue } from '../queue.ts';
import { messageOf } from '../receipt.ts';
import { batchHandler, singleHandler } from './batch.ts';

function changeOne(queue: Queue, input: Readonly<Record<string, unknown>>, now: number): SqsError | undefined {
  const target = messageOf(queue, input);
  if (isError(target)) return target;
  const seconds = optionalInt(input, 'VisibilityTimeout', 0, 43_200, 'Must be >= 0 and <= 43200, if provided.');
  if (isError(seconds)) return seconds;
  if (seconds === undefined) return missing('VisibilityTimeout');
  switch (queue.changeVisibility(target.messageId, target.handle, seconds, now)) {
    case 'changed':
    // The timeout ran out and nobody received it since: SQS answers 200 and changes nothing
    // (an AWS-validated snapshot of LocalStack's test suite); MessageNotInflight is left to faults.
    case 'not-in-flight':
      return undefined;
    case 'stale':
      // Deleted, or received again since this handle was issued: SQS's answer to such a handle.
      return invalidValue(
        'ReceiptHandle',
        target.handle,
        'Message does not exist or is not available for visibility timeout change.',
      );
  }
}

/**
 * ChangeMessageVisibility: the in-flight message becomes visible after VisibilityTimeout
 * (0..43200) seconds from now. The change holds for this receive only.
 */
export const changeMessageVisibility = singleHandler(changeOne);

/** ChangeMessageVisibilityBatch: up to 10 entries, each answered in Successful or Failed. */
export const changeMessageVisibilityBatch = batchHandler(changeOne);
