import type { SqsError } from './errors.ts';
import { invalidValue, missing, sqsError } from './errors.ts';
import type { MessageAttribute } from './message.ts';
import type { Queue } from './queue.ts';
import type { QueueRegistry } from './queues.ts';

type Input = Readonly<Record<string, unknown>>;
export const isError = (v: unknown): v is SqsError =>
  typeof v === 'object' && v !== null && 'kind' in v && 'message' in v;

const wrongType = (name: string, expected: string): SqsError =>
  sqsError('SerializationException', `${name}: expected ${expected}`);

/** A required string member (absent or `null` is MissingParameter). */
export function requiredString(input: Input, name: string): string | SqsError {
  const v = input[name];
  if (v === undefined || v === null) return missing(name);
  return typeof v === 'string' ? v : wrongType(name, 'a string');
}

/** The queue a request's QueueUrl names. */
export function queueOf(input: Input, queues: QueueRegistry): Queue | SqsError {
  const url = requiredString(input, 'QueueUrl');
  return isError(url) ? url : queues.byUrl(url);
}

/** An optional integer member within [min, max]; outside is InvalidParameterValue with `reason`. */
export function optionalInt(
  input: Input,
  name: string,
  min: number,
  max: number,
  reason: string,
): number | undefined | SqsError {
  const v = input[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) return wrongType(name, 'an integer');
  return v < min || v > max ? invalidValue(name, v, reason) : v;
}

export function stringList(input: Input, name: string): string[] | SqsError {
  const v = input[name];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) return wrongType(name, 'a list of strings');
  return v as string[];
}

export function stringMap(input: Input, name: string): Record<string, string> | SqsError {
  const v = input[name];
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v) || !Object.values(v).every((s) => typeof s === 'string'))
    return wrongType(name, 'a map of strings');
  return v as Record<string, string>;
}

// Message attribute names: "A-Z, a-z, 0-9, underscore (_), hyphen (-), and period (.)", up to 256,
// not starting with AWS. or Amazon., no leading/trailing or consecutive periods (SendMessage).
const ATTRIBUTE_NAME = /^(?!\.)(?!.*\.\.)(?!.*\.$)[A-Za-z0-9_.-]{1,256}$/;
const RESERVED_PREFIX = /^(AWS\.|Amazon\.)/i;
const DATA_TYPE = /^(String|Number|Binary)(\..+)?$/;

/** SendMessage's MessageAttributes, validated as SQS does (at most 10). */
export function messageAttributes(input: Input): Record<string, MessageAttribute> | SqsError {
  const v = input.MessageAttributes;
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) return wrongType('MessageAttributes', 'a map');
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > 10)
    return sqsError(
      'InvalidParameterValue',
      `Number of message attributes [${entries.length}] exceeds the allowed maximum [10].`,
    );
  const out: Record<string, MessageAttribute> = {};
  for (const [name, raw] of entries) {
    if (!ATTRIBUTE_NAME.test(name) || RESERVED_PREFIX.test(name))
      return sqsError('InvalidParameterValue', `Message attribute name '${name}' is invalid.`);
    const a = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const dataType = a.DataType;
    if (typeof dataType !== 'string' || !DATA_TYPE.test(dataType))
      return sqsError(
        'InvalidParameterValue',
        `The message attribute '${name}' has an invalid message attribute type.`,
      );
    const isBinary = dataType.startsWith('Binary');
    const value = isBinary ? a.BinaryValue : a.StringValue;
    if (typeof value !== 'string' || value.length === 0)
      return sqsError(
        'InvalidParameterValue',
        `Message (user) attribute '${name}' must contain a non-empty value of type '${isBinary ? 'Binary' : 'String'}'.`,
      );
    out[name] = isBinary ? { DataType: dataType, BinaryValue: value } : { DataType: dataType, StringValue: value };
  }
  return out;
}
