import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { Registry } from 'prom-client';
import { Consumer } from 'sqs-consumer';
import type { ContactKey } from '../connect/contacts.ts';
import type { Logger } from '../logger.ts';
import type { ContactChanges } from '../subscriptions/contact-changes.ts';
import { readConnectEvent } from './connect-event-message.ts';
import { createConnectEventsMetrics } from './connect-events-metrics.ts';

/** How the consumer is doing, as /ready reports it. */
export type ConnectEventsState = 'ok' | 'backing_off' | 'stopped';

export interface ConnectEvents {
  state(): ConnectEventsState;
  /** Stops polling; a receive under way is aborted, its messages come back after their visibility timeout. */
  stop(): void;
}

export interface ConnectEventsDeps {
  sqs: SQSClient;
  queueUrl: string;
  changes: ContactChanges;
  logger: Logger;
  /** CONNECT_INSTANCE_IDS; undefined: every instance. */
  allowedInstanceIds?: ReadonlySet<string>;
  /** Drops the contact from the read cache (CONNECT_READ_CACHE_SECONDS) before its change is published. */
  invalidate?: (key: ContactKey) => Promise<void>;
  metricsRegistry?: Registry;
}

/**
 * How long an event's id is remembered to drop a second delivery. SQS delivers at least once (again
 * after a visibility timeout, or twice at the same time) and EventBridge may deliver one event twice;
 * both happen within minutes, so an hour is ample.
 */
export const DEDUPLICATION_SECONDS = 3_600;
/** Messages per ReceiveMessage: SQS's maximum. */
const BATCH_SIZE = 10;
/** Long polling: SQS's maximum, so an idle queue costs 3 requests a minute per replica. */
const WAIT_TIME_SECONDS = 20;
/** Back-off after a failure: doubled each time from the first, up to the last (a recovery is seen within it). */
const BACKOFF_MS = [500, 10_000] as const;

/** Age of a message in seconds, from its SentTimestamp (epoch ms). */
function ageOf(message: Message, now: number): number {
  const sent = Number(message.Attributes?.SentTimestamp);
  return Number.isFinite(sent) ? Math.max(0, (now - sent) / 1_000) : 0;
}

/**
 * Reads Amazon Connect's contact events from the SQS queue an EventBridge rule fills, on every
 * replica (sqs-consumer over @aws-sdk/client-sqs: long polling, batches of 10), and publishes each
 * as a ContactChange with source CONNECT to the subscribers of every replica.
 *
 * A message is deleted once its event is published, or found a duplicate (by EventBridge's event id,
 * through Redis across replicas), or is not for the gateway: not a contact event (deleted unread,
 * with a metric and a log line without its contents), or of an instance outside CONNECT_INSTANCE_IDS.
 * When Redis refuses, the message stays: it comes back after the queue's visibility timeout.
 * Failures back off (0.5 s doubling to 10 s) before the next receive.
 */
export function startConnectEvents(deps: ConnectEventsDeps): ConnectEvents {
  const { changes, logger, allowedInstanceIds, invalidate } = deps;
  const metrics = createConnectEventsMetrics(deps.metricsRegistry);
  let state: ConnectEventsState = 'ok';
  let backoffMs = 0;
  let wakeUp: (() => void) | undefined;

  const failed = (what: string, name: string | undefined) => {
    backoffMs = Math.min(Math.max(backoffMs * 2, BACKOFF_MS[0]), BACKOFF_MS[1]);
    if (state !== 'backing_off')
      logger.warn({ error: name ?? 'error' }, `connect events: ${what} failed; retrying with back-off`);
    state = 'backing_off';
    metrics.backingOff(true);
  };
  const succeeded = () => {
    if (state === 'backing_off') logger.info('connect events: receiving again');
    backoffMs = 0;
    state = 'ok';
    metrics.backingOff(false);
  };

  /** Whether the message is done with (to delete): published, duplicate, or not for the gateway. */
  async function handle(message: Message): Promise<boolean> {
    const event = readConnectEvent(message.Body ?? '');
    if ('dropped' in event) {
      metrics.handled(event.dropped);
      // The body is anyone's who may send to the queue: only why it was deleted is logged.
      logger.warn(
        { reason: event.dropped, messageId: message.MessageId },
        'connect events: deleted a message that is not a Connect contact event',
      );
      return true;
    }
    if (allowedInstanceIds !== undefined && !allowedInstanceIds.has(event.instanceId)) {
      metrics.handled('instance_not_allowed');
      return true;
    }
    // The contact changed outside the gateway: a cached read of it is stale from now on. The read
    // cache logs and counts its own failures; the event is published whatever it answers.
    await invalidate?.({ instanceId: event.instanceId, contactId: event.contactId }).catch(() => undefined);
    const key = { instanceId: event.instanceId, contactId: event.contactId };
    const echoOf =
      event.eventType === 'CONTACT_DATA_UPDATED' ? await changes.echoes.echoOf(key, event.updatedProperties) : null;
    const published = await changes.publishOnce(`connect-event:${event.eventId}`, DEDUPLICATION_SECONDS, {
      source: 'CONNECT',
      instanceId: event.instanceId,
      contactId: event.contactId,
      changedAt: event.time,
      eventType: event.eventType,
      echoOf,
    });
    metrics.handled(published ? 'published' : 'duplicate');
    return true;
  }

  const consumer = Consumer.create({
    queueUrl: deps.queueUrl,
    sqs: deps.sqs,
    batchSize: BATCH_SIZE,
    waitTimeSeconds: WAIT_TIME_SECONDS,
    messageSystemAttributeNames: ['SentTimestamp'],
    // The back-off, right before the receive it delays; stop() ends it early.
    preReceiveMessageCallback: () =>
      backoffMs === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, backoffMs);
            wakeUp = () => {
              clearTimeout(timer);
              resolve();
            };
          }),
    async handleMessageBatch(messages) {
      const now = Date.now();
      metrics.lag(Math.max(...messages.map((message) => ageOf(message, now))));
      const done: Message[] = [];
      let refused: string | undefined;
      // In order, one at a time: the events of one contact reach subscribers as they came.
      for (const message of messages) {
        try {
          if (await handle(message)) done.push(message);
        } catch (error) {
          metrics.publishFailed();
          refused = (error as { name?: string }).name;
        }
      }
      if (refused !== undefined) failed('publishing to Redis', refused);
      else succeeded();
      // The messages to delete; the rest come back after their visibility timeout.
      return done;
    },
  });
  consumer.on('error', (error, messages) => {
    if (state === 'stopped') return;
    if (messages === undefined) {
      metrics.receiveFailed();
      failed('receiving', error.name);
    } else {
      // DeleteMessageBatch failed: the messages come back, and are found duplicates then.
      logger.warn({ error: error.name }, 'connect events: deleting messages failed; they will be received again');
    }
  });
  consumer.on('empty', () => {
    metrics.lag(0);
    succeeded();
  });
  consumer.start();
  return {
    state: () => state,
    stop() {
      state = 'stopped';
      wakeUp?.();
      consumer.stop({ abort: true });
    },
  };
}
