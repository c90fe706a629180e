import { randomUUID } from 'node:crypto';
import type { QueueSettings } from './attributes.ts';
import type { MessageAttribute, StoredMessage } from './message.ts';
import { md5Hex, newReceiptHandle } from './message.ts';

export interface NewMessage {
  body: string;
  attributes?: Readonly<Record<string, MessageAttribute>>;
  delaySeconds?: number;
  /** A fair queue's tenant (MessageGroupId). */
  groupId?: string;
}

export type DeleteOutcome = 'deleted' | 'stale' | 'gone';
export type VisibilityOutcome = 'changed' | 'stale' | 'not-in-flight';

/** One standard queue: its settings, its messages (in send order) and the receives waiting on it. */
export interface Queue {
  readonly name: string;
  readonly arn: string;
  readonly url: string;
  readonly createdAt: number;
  lastModifiedAt: number;
  settings: QueueSettings;
  lastPurgeAt?: number;
  send(message: NewMessage, now: number): StoredMessage;
  /** Adds a message a redrive moved here, keeping its id, body, timestamps and receive count. */
  adopt(message: StoredMessage, sourceArn: string, now: number): void;
  /**
   * Up to `max` visible messages, hidden for `visibilitySeconds`, each with a fresh receipt handle.
   * `redrive` is asked first for each message and takes it away when it returns true.
   */
  receive(max: number, visibilitySeconds: number, now: number, redrive: (m: StoredMessage) => boolean): StoredMessage[];
  delete(messageId: string, receiptHandle: string, now: number): DeleteOutcome;
  changeVisibility(messageId: string, receiptHandle: string, seconds: number, now: number): VisibilityOutcome;
  purge(now: number): void;
  counts(now: number): { visible: number; inFlight: number; delayed: number };
  /** When the next hidden message becomes visible (for a long poll's wake-up), if any. */
  nextVisibleAt(now: number): number | undefined;
  /** Resolves at the next send or visibility change (a long poll's wake-up). */
  changed(signal: AbortSignal): Promise<void>;
}

export function createQueue(init: {
  name: string;
  arn: string;
  url: string;
  settings: QueueSettings;
  now: number;
}): Queue {
  let messages: StoredMessage[] = [];
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const wake of [...waiters]) wake();
  };
  const find = (id: string) => messages.find((m) => m.messageId === id);
  // Messages older than MessageRetentionPeriod are gone, counted from when they were first sent
  // (a dead-letter queue keeps the original send time too).
  const expire = (now: number): void => {
    const oldest = now - queue.settings.messageRetentionPeriod * 1000;
    if (messages.some((m) => m.sentAt <= oldest)) messages = messages.filter((m) => m.sentAt > oldest);
  };

  const queue: Queue = {
    name: init.name,
    arn: init.arn,
    url: init.url,
    createdAt: init.now,
    lastModifiedAt: init.now,
    settings: init.settings,
    send(input, now) {
      const attributes = input.attributes ?? {};
      const message: StoredMessage = {
        messageId: randomUUID(),
        body: input.body,
        md5OfBody: md5Hex(input.body),
        attributes,
        sentAt: now,
        visibleAt: now + (input.delaySeconds ?? queue.settings.delaySeconds) * 1000,
        receiveCount: 0,
        ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
      };
      messages.push(message);
      notify();
      return message;
    },
    adopt(message, sourceArn, now) {
      delete message.receiptHandle;
      message.visibleAt = now;
      message.deadLetterSourceArn = sourceArn;
      messages.push(message);
      notify();
    },
    receive(max, visibilitySeconds, now, redrive) {
      expire(now);
      const out: StoredMessage[] = [];
      for (const m of [...messages]) {
        if (out.length >= max) break;
        if (m.visibleAt > now) continue;
        if (redrive(m)) {
          messages = messages.filter((x) => x !== m);
          continue;
        }
        m.receiveCount += 1;
        m.firstReceivedAt ??= now;
        m.receiptHandle = newReceiptHandle(queue.name, m.messageId);
        m.visibleAt = now + visibilitySeconds * 1000;
        out.push(m);
      }
      return out;
    },
    delete(messageId, receiptHandle, now) {
      expire(now);
      const m = find(messageId);
      if (!m) return 'gone';
      // "If you use an old ReceiptHandle, the request will succeed, but the message might not be
      // deleted" (DeleteMessage): the emulator takes the strict reading and keeps it.
      if (m.receiptHandle !== receiptHandle) return 'stale';
      messages = messages.filter((x) => x !== m);
      return 'deleted';
    },
    changeVisibility(messageId, receiptHandle, seconds, now) {
      expire(now);
      const m = find(messageId);
      if (!m || m.receiptHandle !== receiptHandle) return 'stale';
      if (m.visibleAt <= now) return 'not-in-flight';
      m.visibleAt = now + seconds * 1000;
      if (seconds === 0) notify();
      return 'changed';
    },
    purge(now) {
      messages = [];
      queue.lastPurgeAt = now;
    },
    counts(now) {
      expire(now);
      let visible = 0;
      let inFlight = 0;
      let delayed = 0;
      for (const m of messages) {
        if (m.visibleAt <= now) visible++;
        else if (m.receiveCount > 0) inFlight++;
        else delayed++;
      }
      return { visible, inFlight, delayed };
    },
    nextVisibleAt(now) {
      let next: number | undefined;
      for (const m of messages) if (m.visibleAt > now && (next === undefined || m.visibleAt < next)) next = m.visibleAt;
      return next;
    },
    changed(signal) {
      return new Promise<void>((resolve) => {
        const wake = (): void => {
          waiters.delete(wake);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
    },
  };
  return queue;
}
