import type { ReadableAttribute } from '../attributes.ts';
import { READABLE_ATTRIBUTES } from '../attributes.ts';
import { sqsError } from '../errors.ts';
import { isError, queueOf, requiredString, stringList, stringMap } from '../input.ts';
import type { SqsHandler } from '../operation.ts';
import { failed, ok } from '../operation.ts';
import type { Queue } from '../queue.ts';

/** A PurgeQueue within 60 s of the last one is PurgeQueueInProgress. */
export const PURGE_INTERVAL_MS = 60_000;

export const createQueueOperation: SqsHandler = (input, { queues, now }) => {
  const name = requiredString(input, 'QueueName');
  if (isError(name)) return failed(name);
  const attributes = stringMap(input, 'Attributes');
  if (isError(attributes)) return failed(attributes);
  const queue = queues.create(name, attributes, now());
  return isError(queue) ? failed(queue) : ok({ QueueUrl: queue.url });
};

export const getQueueUrl: SqsHandler = (input, { queues }) => {
  const name = requiredString(input, 'QueueName');
  if (isError(name)) return failed(name);
  const queue = queues.byName(name);
  return queue
    ? ok({ QueueUrl: queue.url })
    : failed(sqsError('QueueDoesNotExist', 'The specified queue does not exist.'));
};

const seconds = (ms: number) => String(Math.floor(ms / 1000));

function attributeValue(queue: Queue, name: ReadableAttribute, now: number): string | undefined {
  const s = queue.settings;
  const counts = queue.counts(now);
  switch (name) {
    case 'ApproximateNumberOfMessages':
      return String(counts.visible);
    case 'ApproximateNumberOfMessagesNotVisible':
      return String(counts.inFlight);
    case 'ApproximateNumberOfMessagesDelayed':
      return String(counts.delayed);
    case 'CreatedTimestamp':
      return seconds(queue.createdAt);
    case 'LastModifiedTimestamp':
      return seconds(queue.lastModifiedAt);
    case 'QueueArn':
      return queue.arn;
    case 'DelaySeconds':
      return String(s.delaySeconds);
    case 'MaximumMessageSize':
      return String(s.maximumMessageSize);
    case 'MessageRetentionPeriod':
      return String(s.messageRetentionPeriod);
    case 'ReceiveMessageWaitTimeSeconds':
      return String(s.receiveMessageWaitTimeSeconds);
    case 'VisibilityTimeout':
      return String(s.visibilityTimeout);
    case 'RedrivePolicy':
      return s.redrivePolicy && JSON.stringify(s.redrivePolicy);
    case 'SqsManagedSseEnabled':
      return 'true';
  }
}

/** GetQueueAttributes: `All` or the names asked; an unknown name is InvalidAttributeName. */
export const getQueueAttributes: SqsHandler = (input, { queues, now }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const names = stringList(input, 'AttributeNames');
  if (isError(names)) return failed(names);
  const readable = new Set<string>(READABLE_ATTRIBUTES);
  const unknown = names.find((n) => n !== 'All' && !readable.has(n));
  if (unknown !== undefined) return failed(sqsError('InvalidAttributeName', `Unknown Attribute ${unknown}.`));
  const wanted = names.includes('All') ? READABLE_ATTRIBUTES : READABLE_ATTRIBUTES.filter((n) => names.includes(n));
  const Attributes: Record<string, string> = {};
  for (const n of wanted) {
    const v = attributeValue(queue, n, now());
    if (v !== undefined) Attributes[n] = v;
  }
  return ok(Object.keys(Attributes).length > 0 ? { Attributes } : {});
};

export const setQueueAttributes: SqsHandler = (input, { queues, now }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const attributes = stringMap(input, 'Attributes');
  if (isError(attributes)) return failed(attributes);
  const error = queues.setAttributes(queue, attributes, now());
  return error ? failed(error) : ok();
};

export const deleteQueue: SqsHandler = (input, { queues }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  queues.delete(queue);
  return ok();
};

/** PurgeQueue: every message goes, in flight or not; again within 60 s is PurgeQueueInProgress. */
export const purgeQueue: SqsHandler = (input, { queues, now }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const at = now();
  if (queue.lastPurgeAt !== undefined && at - queue.lastPurgeAt < PURGE_INTERVAL_MS)
    return failed(
      sqsError('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`),
    );
  queue.purge(at);
  return ok();
};

export const listQueues: SqsHandler = (input, { queues }) => {
  const prefix = typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '';
  const urls = queues
    .list()
    .filter((q) => q.name.startsWith(prefix))
    .map((q) => q.url);
  return ok(urls.length > 0 ? { QueueUrls: urls } : {});
};
