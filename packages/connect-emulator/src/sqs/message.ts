import { createHash, randomUUID } from 'node:crypto';

/** A message attribute as the JSON protocol carries it (BinaryValue is base64). */
export interface MessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

/** One message in a queue. Times are epoch milliseconds of the emulator's clock. */
export interface StoredMessage {
  readonly messageId: string;
  readonly body: string;
  readonly md5OfBody: string;
  readonly attributes: Readonly<Record<string, MessageAttribute>>;
  readonly sentAt: number;
  /** Not delivered before this time (delay, or the visibility timeout of the last receive). */
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  /** The handle of the most recent receive: only it deletes the message. */
  receiptHandle?: string;
  /** Set when a redrive moved the message into a dead-letter queue. */
  deadLetterSourceArn?: string;
  /** MessageGroupId as sent (standard queues: the fair-queue tenant). */
  readonly groupId?: string;
}

export const md5Hex = (data: string | Buffer): string => createHash('md5').update(data).digest('hex');

// The documented digest of message attributes: names sorted; each name, data type and value
// length-prefixed (4-byte big-endian), with a transport byte (1 string, 2 binary) before the value.
export function md5OfAttributes(attributes: Readonly<Record<string, MessageAttribute>>): string | undefined {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const parts: Buffer[] = [];
  const field = (bytes: Buffer): void => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  };
  for (const name of names) {
    const a = attributes[name] as MessageAttribute;
    field(Buffer.from(name, 'utf8'));
    field(Buffer.from(a.DataType, 'utf8'));
    const binary = a.BinaryValue !== undefined;
    parts.push(Buffer.from([binary ? 2 : 1]));
    field(binary ? Buffer.from(a.BinaryValue ?? '', 'base64') : Buffer.from(a.StringValue ?? '', 'utf8'));
  }
  return md5Hex(Buffer.concat(parts));
}

/** Bytes that count toward the size limit: the body and each attribute's name, type and value. */
export function messageBytes(body: string, attributes: Readonly<Record<string, MessageAttribute>>): number {
  let total = Buffer.byteLength(body, 'utf8');
  for (const [name, a] of Object.entries(attributes)) {
    total += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(a.DataType, 'utf8');
    total +=
      a.BinaryValue !== undefined
        ? Buffer.from(a.BinaryValue, 'base64').length
        : Buffer.byteLength(a.StringValue ?? '', 'utf8');
  }
  return total;
}

// The characters SQS accepts in a body: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
// A lone surrogate is outside the set too (the `u` flag reads pairs as one code point).
const OUTSIDE_ALLOWED = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
export const hasInvalidCharacters = (text: string): boolean => OUTSIDE_ALLOWED.test(text);

/**
 * Receipt handles are opaque to clients; here the queue name, message id and a nonce, base64url.
 * A handle that does not decode to that shape is not one SQS issued: ReceiptHandleIsInvalid.
 */
export const newReceiptHandle = (queueName: string, messageId: string): string =>
  Buffer.from(JSON.stringify([queueName, messageId, randomUUID()]), 'utf8').toString('base64url');

export function parseReceiptHandle(handle: string): { queueName: string; messageId: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(handle, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string')) return undefined;
    const [queueName, messageId] = parsed as string[];
    return { queueName: queueName as string, messageId: messageId as string };
  } catch {
    return undefined;
  }
}
