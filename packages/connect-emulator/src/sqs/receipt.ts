import type { SqsError } from './errors.ts';
import { sqsError } from './errors.ts';
import { isError, requiredString } from './input.ts';
import { parseReceiptHandle } from './message.ts';
import type { Queue } from './queue.ts';

/** The message a receipt handle names; ReceiptHandleIsInvalid when this queue never issued it. */
export function messageOf(
  queue: Queue,
  input: Readonly<Record<string, unknown>>,
): { messageId: string; handle: string } | SqsError {
  const handle = requiredString(input, 'ReceiptHandle');
  if (isError(handle)) return handle;
  const parsed = parseReceiptHandle(handle);
  if (!parsed || parsed.queueName !== queue.name)
    return sqsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
  return { messageId: parsed.messageId, handle };
}
