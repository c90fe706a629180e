import { setTimeout as sleep } from 'node:timers/promises';
import { isError, optionalInt, queueOf, stringList } from '../input.ts';
import type { StoredMessage } from '../message.ts';
import { md5OfAttributes } from '../message.ts';
import type { SqsHandler } from '../operation.ts';
import { failed, ok } from '../operation.ts';

const SYSTEM_ATTRIBUTES = [
  'ApproximateReceiveCount',
  'ApproximateFirstReceiveTimestamp',
  'SentTimestamp',
  'SenderId',
  'DeadLetterQueueSourceArn',
  'MessageGroupId',
] as const;
type SystemAttribute = (typeof SYSTEM_ATTRIBUTES)[number];

// The emulator has one sender: the account's root (SenderId is the caller's account or user id).
const SENDER_ID = 'AIDAEMULATOR000000000';

function systemAttributes(m: StoredMessage, names: readonly string[]): Record<string, string> | undefined {
  const wanted = names.includes('All') ? SYSTEM_ATTRIBUTES : SYSTEM_ATTRIBUTES.filter((n) => names.includes(n));
  const values: Record<SystemAttribute, string | undefined> = {
    ApproximateReceiveCount: String(m.receiveCount),
    ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt ?? ''),
    SentTimestamp: String(m.sentAt),
    SenderId: SENDER_ID,
    DeadLetterQueueSourceArn: m.deadLetterSourceArn,
    MessageGroupId: m.groupId,
  };
  const out: Record<string, string> = {};
  for (const n of wanted) {
    const v = values[n];
    if (v !== undefined) out[n] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// MessageAttributeNames: `All` or `.*` for every one, `prefix.*` for a prefix, else exact names.
function pickAttributes(m: StoredMessage, names: readonly string[]) {
  const wanted = (name: string) =>
    names.some((n) => n === 'All' || n === '.*' || n === name || (n.endsWith('.*') && name.startsWith(n.slice(0, -1))));
  const picked = Object.fromEntries(Object.entries(m.attributes).filter(([name]) => wanted(name)));
  return Object.keys(picked).length > 0 ? picked : undefined;
}

const wire = (m: StoredMessage, systemNames: readonly string[], attributeNames: readonly string[]) => {
  const attributes = pickAttributes(m, attributeNames);
  return {
    MessageId: m.messageId,
    ReceiptHandle: m.receiptHandle,
    MD5OfBody: m.md5OfBody,
    Body: m.body,
    Attributes: systemAttributes(m, systemNames),
    MessageAttributes: attributes,
    MD5OfMessageAttributes: attributes ? md5OfAttributes(attributes) : undefined,
  };
};

/**
 * ReceiveMessage: up to MaxNumberOfMessages (1..10, default 1) visible messages, hidden for
 * VisibilityTimeout (0..43200, default the queue's). With WaitTimeSeconds (0..20, default the
 * queue's ReceiveMessageWaitTimeSeconds) it long-polls: it answers as soon as a message is there
 * (a send, a visibility timeout running out, a ChangeMessageVisibility to 0), or empty at the end.
 */
export const receiveMessage: SqsHandler = async (input, { queues, now, signal }) => {
  const queue = queueOf(input, queues);
  if (isError(queue)) return failed(queue);
  const max = optionalInt(input, 'MaxNumberOfMessages', 1, 10, 'Must be between 1 and 10, if provided.');
  if (isError(max)) return failed(max);
  const visibility = optionalInt(input, 'VisibilityTimeout', 0, 43_200, 'Must be >= 0 and <= 43200, if provided.');
  if (isError(visibility)) return failed(visibility);
  const wait = optionalInt(input, 'WaitTimeSeconds', 0, 20, 'Must be >= 0 and <= 20, if provided.');
  if (isError(wait)) return failed(wait);
  // MessageSystemAttributeNames replaced AttributeNames; SQS still honours both.
  const systemNames = stringList(input, 'MessageSystemAttributeNames');
  if (isError(systemNames)) return failed(systemNames);
  const legacyNames = stringList(input, 'AttributeNames');
  if (isError(legacyNames)) return failed(legacyNames);
  const attributeNames = stringList(input, 'MessageAttributeNames');
  if (isError(attributeNames)) return failed(attributeNames);
  const names = [...systemNames, ...legacyNames];

  const deadline = Date.now() + (wait ?? queue.settings.receiveMessageWaitTimeSeconds) * 1000;
  for (;;) {
    const got = queues.receive(queue, max ?? 1, visibility ?? queue.settings.visibilityTimeout, now());
    const left = deadline - Date.now();
    if (got.length > 0 || left <= 0 || signal.aborted)
      // SQS leaves Messages out of an empty answer.
      return ok(got.length === 0 ? {} : { Messages: got.map((m) => wire(m, names, attributeNames)) });
    // Wake on a send or a visibility change, when a hidden message comes back, or at the deadline.
    const next = queue.nextVisibleAt(now());
    const timer = new AbortController();
    const stop = AbortSignal.any([signal, timer.signal]);
    await Promise.race([
      queue.changed(stop),
      sleep(Math.max(1, Math.min(left, next === undefined ? left : next - now())), undefined, { signal: stop }).catch(
        () => undefined,
      ),
    ]);
    timer.abort();
  }
};
