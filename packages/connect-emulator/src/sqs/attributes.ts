import type { SqsError } from './errors.ts';
import { invalidValue, sqsError } from './errors.ts';

/** A queue's settings (CreateQueue/SetQueueAttributes `Attributes`), as numbers. */
export interface QueueSettings {
  delaySeconds: number;
  maximumMessageSize: number;
  messageRetentionPeriod: number;
  receiveMessageWaitTimeSeconds: number;
  visibilityTimeout: number;
  redrivePolicy?: RedrivePolicy;
}

export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

/** SQS's largest message: 1 MiB since 2025 (the SDK's model: "1,048,576 bytes (1 MiB)"), also the default. */
export const MAX_MESSAGE_BYTES = 1_048_576;

/** Defaults and ranges of the settable attributes, as CreateQueue documents them. */
const RANGES = {
  DelaySeconds: { key: 'delaySeconds', min: 0, max: 900, default: 0 },
  MaximumMessageSize: { key: 'maximumMessageSize', min: 1024, max: MAX_MESSAGE_BYTES, default: MAX_MESSAGE_BYTES },
  MessageRetentionPeriod: { key: 'messageRetentionPeriod', min: 60, max: 1_209_600, default: 345_600 },
  ReceiveMessageWaitTimeSeconds: { key: 'receiveMessageWaitTimeSeconds', min: 0, max: 20, default: 0 },
  VisibilityTimeout: { key: 'visibilityTimeout', min: 0, max: 43_200, default: 30 },
} as const;
type RangedName = keyof typeof RANGES;

export const DEFAULT_SETTINGS: Readonly<QueueSettings> = Object.freeze({
  delaySeconds: RANGES.DelaySeconds.default,
  maximumMessageSize: RANGES.MaximumMessageSize.default,
  messageRetentionPeriod: RANGES.MessageRetentionPeriod.default,
  receiveMessageWaitTimeSeconds: RANGES.ReceiveMessageWaitTimeSeconds.default,
  visibilityTimeout: RANGES.VisibilityTimeout.default,
});

const INTEGER = /^-?\d+$/;

/** What a RedrivePolicy is checked against: the queues that exist, and the queue's own ARN. */
export interface QueueLookup {
  exists(arn: string): boolean;
  selfArn: string;
}

function parseRedrivePolicy(value: string, target: QueueLookup): RedrivePolicy | SqsError {
  const bad = (reason: string) => invalidValue('RedrivePolicy', value, reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return bad('Redrive policy is not a valid JSON map.');
  }
  if (typeof parsed !== 'object' || parsed === null) return bad('Redrive policy is not a valid JSON map.');
  const { deadLetterTargetArn, maxReceiveCount } = parsed as Record<string, unknown>;
  if (typeof deadLetterTargetArn !== 'string')
    return bad('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  // SQS accepts the count as a number or a numeric string.
  const count =
    typeof maxReceiveCount === 'string' && INTEGER.test(maxReceiveCount) ? Number(maxReceiveCount) : maxReceiveCount;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000)
    return bad('Invalid value for maxReceiveCount: must be an integer from 1 to 1000.');
  if (!target.exists(deadLetterTargetArn)) return bad('Dead letter target does not exist.');
  // A queue cannot be its own dead-letter queue: the message would never leave it.
  if (deadLetterTargetArn === target.selfArn) return bad('Dead letter target cannot be the source queue.');
  return { deadLetterTargetArn, maxReceiveCount: count };
}

/**
 * Applies CreateQueue/SetQueueAttributes `Attributes` over `base`. Values are strings on the
 * wire; a number outside its range is InvalidParameterValue ("Invalid value for the parameter X"
 * in SQS's words), an attribute SQS does not have is InvalidAttributeName.
 */
export function applyAttributes(
  attributes: Readonly<Record<string, string>>,
  base: Readonly<QueueSettings>,
  target: QueueLookup,
): QueueSettings | SqsError {
  const next: QueueSettings = { ...base };
  for (const [name, value] of Object.entries(attributes)) {
    if (Object.hasOwn(RANGES, name)) {
      const range = RANGES[name as RangedName];
      const n = INTEGER.test(value) ? Number(value) : Number.NaN;
      if (!(n >= range.min && n <= range.max))
        return sqsError('InvalidParameterValue', `Invalid value for the parameter ${name}.`);
      next[range.key] = n;
    } else if (name === 'RedrivePolicy') {
      if (value === '') {
        delete next.redrivePolicy;
        continue;
      }
      const policy = parseRedrivePolicy(value, target);
      if ('kind' in policy) return policy;
      next.redrivePolicy = policy;
    } else if (name === 'FifoQueue' || name === 'ContentBasedDeduplication') {
      return sqsError('UnsupportedOperation', 'FIFO queues are not emulated.');
    } else if (name !== 'Policy' && name !== 'SqsManagedSseEnabled' && name !== 'RedriveAllowPolicy') {
      // Accepted and ignored: access policy and encryption do not change what the emulator does.
      return sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
    }
  }
  return next;
}

/** Every attribute GetQueueAttributes can answer (besides `All`). */
export const READABLE_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
  'DelaySeconds',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout',
  'RedrivePolicy',
  'SqsManagedSseEnabled',
] as const;
export type ReadableAttribute = (typeof READABLE_ATTRIBUTES)[number];
