import type { QueueSettings } from './attributes.ts';
import { applyAttributes, DEFAULT_SETTINGS } from './attributes.ts';
import type { SqsError } from './errors.ts';
import { invalidValue, sqsError } from './errors.ts';
import type { StoredMessage } from './message.ts';
import type { Queue } from './queue.ts';
import { createQueue } from './queue.ts';

export interface QueueRegistryOptions {
  region: string;
  accountId: string;
  /** The server's base URL; queue URLs are `{base}/{accountId}/{name}`, like SQS's own. */
  baseUrl(): string;
}

/** The emulator's queues, by name. */
export interface QueueRegistry {
  /** CreateQueue: the existing queue when the attributes match, QueueNameExists when they differ. */
  create(name: string, attributes: Readonly<Record<string, string>>, now: number): Queue | SqsError;
  /** The queue a QueueUrl names: InvalidAddress when it is no URL, QueueDoesNotExist when unknown. */
  byUrl(url: string): Queue | SqsError;
  byName(name: string): Queue | undefined;
  byArn(arn: string): Queue | undefined;
  list(): Queue[];
  setAttributes(queue: Queue, attributes: Readonly<Record<string, string>>, now: number): SqsError | undefined;
  delete(queue: Queue): void;
  /** ReceiveMessage with the queue's redrive policy applied. */
  receive(queue: Queue, max: number, visibilitySeconds: number, now: number): StoredMessage[];
  clear(): void;
}

// CreateQueue: "alphanumeric characters, hyphens (-), and underscores (_)", up to 80.
const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;

// The first attribute two settings differ in, by its CreateQueue name.
const ATTRIBUTE_NAMES: Record<keyof QueueSettings, string> = {
  delaySeconds: 'DelaySeconds',
  maximumMessageSize: 'MaximumMessageSize',
  messageRetentionPeriod: 'MessageRetentionPeriod',
  receiveMessageWaitTimeSeconds: 'ReceiveMessageWaitTimeSeconds',
  visibilityTimeout: 'VisibilityTimeout',
  redrivePolicy: 'RedrivePolicy',
};
const differingAttribute = (a: QueueSettings, b: QueueSettings): string | undefined =>
  (Object.keys(ATTRIBUTE_NAMES) as (keyof QueueSettings)[])
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ATTRIBUTE_NAMES[key])[0];

export function createQueueRegistry(options: QueueRegistryOptions): QueueRegistry {
  const queues = new Map<string, Queue>();
  const arnOf = (name: string) => `arn:aws:sqs:${options.region}:${options.accountId}:${name}`;
  const byArn = (arn: string) => [...queues.values()].find((q) => q.arn === arn);
  const exists = (arn: string) => byArn(arn) !== undefined;

  return {
    create(name, attributes, now) {
      if (name.endsWith('.fifo')) return sqsError('UnsupportedOperation', 'FIFO queues are not emulated.');
      if (!QUEUE_NAME.test(name))
        return invalidValue(
          'QueueName',
          name,
          'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.',
        );
      const settings = applyAttributes(attributes, DEFAULT_SETTINGS, { exists, selfArn: arnOf(name) });
      if ('kind' in settings) return settings;
      const existing = queues.get(name);
      if (existing) {
        const differing = differingAttribute(existing.settings, settings);
        if (differing === undefined) return existing;
        // SQS's words, naming the first attribute that differs.
        return sqsError(
          'QueueNameExists',
          `A queue already exists with the same name and a different value for attribute ${differing}`,
        );
      }
      const queue = createQueue({
        name,
        arn: arnOf(name),
        url: `${options.baseUrl()}/${options.accountId}/${name}`,
        settings,
        now,
      });
      queues.set(name, queue);
      return queue;
    },
    byUrl(url) {
      let path: string[];
      try {
        path = new URL(url).pathname.split('/').filter(Boolean);
      } catch {
        return sqsError('InvalidAddress', `The address ${url} is not valid for this endpoint.`);
      }
      // The host is not compared: localhost and 127.0.0.1 name the same emulator.
      const [account, name] = path;
      const queue = path.length === 2 && account === options.accountId ? queues.get(name ?? '') : undefined;
      return queue ?? sqsError('QueueDoesNotExist', 'The specified queue does not exist.');
    },
    byName: (name) => queues.get(name),
    byArn,
    list: () => [...queues.values()],
    setAttributes(queue, attributes, now) {
      const settings = applyAttributes(attributes, queue.settings, { exists, selfArn: queue.arn });
      if ('kind' in settings) return settings;
      queue.settings = settings;
      queue.lastModifiedAt = now;
      return undefined;
    },
    delete(queue) {
      queues.delete(queue.name);
    },
    receive(queue, max, visibilitySeconds, now) {
      const policy = queue.settings.redrivePolicy;
      const target = policy ? byArn(policy.deadLetterTargetArn) : undefined;
      // "When the ReceiveCount for a message exceeds the maxReceiveCount for a queue, Amazon SQS
      // moves the message to the dead-letter-queue": the receive that would be one too many moves it.
      const redrive = (m: StoredMessage): boolean => {
        if (!policy || !target || m.receiveCount < policy.maxReceiveCount) return false;
        target.adopt(m, queue.arn, now);
        return true;
      };
      return queue.receive(max, visibilitySeconds, now, redrive);
    },
    clear() {
      queues.clear();
    },
  };
}
