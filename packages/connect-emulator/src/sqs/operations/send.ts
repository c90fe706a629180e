import { MAX_MESSAGE_BYTES } from '../attributes.ts';
import type { SqsError } from '../errors.ts';
import { invalidValue, missing, sqsError } from '../errors.ts';
import { isError, messageAttributes, optionalInt, queueOf } from '../input.ts';
import type { StoredMessage } from '../message.ts';
import { hasInvalidCharacters, md5OfAttributes, messageBytes } from '../message.ts';
import type { SqsContext, SqsHandler } from '../operation.ts';
import { failed, ok } from '../operation.ts';
import type { Queue } from '../queue.ts';
import { batchEntries, entryFailure } from './batch.ts';

type Input = Readonly<Record<string, unknown>>;

const sent = (m: StoredMessage) => ({
  MessageId: m.messageId,
  MD5OfMessageBody: m.md5OfBody,
  ...(Object.keys(m.attributes).length > 0 ? { MD5OfMessageAttributes: md5OfAttributes(m.attributes) } : {}),
});

/** Validates one message (SendMessage, or one batch entry) and queues it. */
function sendOne(queue: Queue, input: Input, now: number): StoredMessage | SqsError {
  const body = input.MessageBody;
  if (body === undefined || body === null || body === '') return missing('MessageBody');
  if (typeof body !== 'string') return sqsError('SerializationException', 'MessageBody: expected a string');
  const delaySeconds = optionalInt(input, 'DelaySeconds', 0, 900, 'Must be >= 0 and <= 900, if provided.');
  if (isError(delaySeconds)) return delaySeconds;
  const attributes = messageAttributes(input);
  if (isError(attributes)) return attributes;
  // Standard queues take a MessageGroupId (fair queues, since 2025); deduplication is FIFO's only.
  const groupId = input.MessageGroupId;
  if (groupId != null && (typeof groupId !== 'string' || !/^[\x21-\x7E]{1,128}$/.test(groupId)))
    return invalidValue('MessageGroupId', groupId, 'MessageGroupId can only include 1 to 128 of the characters !-~.');
  if (input.MessageDeduplicationId != null)
    return invalidValue(
      'MessageDeduplicationId',
      input.MessageDeduplicationId,
      'The request include parameter that is not valid for this queue type.',
    );
  if (hasInvalidCharacters(body))
    return sqsError(
      'InvalidMessageContents',
      'Invalid characters found. Valid characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
    );
  const limit = queue.settings.maximumMessageSize;
  if (messageBytes(body, attributes) > limit)
    return sqsError(
      'InvalidParameterValue',
      `One or more parameters are invalid. Reason: Message must be shorter than ${limit} bytes.`,
    );
  return queue.send({ body, attributes, delaySeconds, groupId: groupId ?? undefined }, now);
}

/** SendMessage: one message; answers its id and the MD5 of its body (and of its attributes). */
export const sendMessage: SqsHandler = (input, { queues, now }: SqsContext) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const message = sendOne(queue, input, now());
  return isError(message) ? failed(message) : ok(sent(message));
};

/**
 * SendMessageBatch: up to 10 entries, each answered in Successful or Failed; the whole request
 * fails when the bodies together exceed 1 MiB (BatchRequestTooLong).
 */
export const sendMessageBatch: SqsHandler = (input, { queues, now }: SqsContext) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const entries = batchEntries(input);
  if (isError(entries)) return failed(entries);
  let total = 0;
  for (const e of entries) {
    const body = typeof e.MessageBody === 'string' ? e.MessageBody : '';
    const attributes = messageAttributes(e);
    total += messageBytes(body, isError(attributes) ? {} : attributes);
  }
  if (total > MAX_MESSAGE_BYTES)
    return failed(
      sqsError(
        'BatchRequestTooLong',
        `Batch requests cannot be longer than ${MAX_MESSAGE_BYTES} bytes. You have sent ${total} bytes.`,
      ),
    );
  const Successful: object[] = [];
  const Failed: object[] = [];
  for (const e of entries) {
    const message = sendOne(queue, e, now());
    if (isError(message)) Failed.push(entryFailure(e.Id as string, message));
    else Successful.push({ Id: e.Id, ...sent(message) });
  }
  return ok({ Successful, Failed });
};
