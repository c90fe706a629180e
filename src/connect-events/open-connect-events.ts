import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Registry } from 'prom-client';
import type { GatewayConfig } from '../config.ts';
import type { ContactKey } from '../connect/contacts.ts';
import type { Logger } from '../logger.ts';
import type { ContactChanges } from '../subscriptions/contact-changes.ts';
import { type ConnectEvents, startConnectEvents } from './connect-events.ts';
import { EMULATOR_EVENTS_QUEUE } from './emulator-queue.ts';
import { checkQueue } from './queue-check.ts';

const EMULATOR_CREDENTIALS = { accessKeyId: 'emulator', secretAccessKey: 'emulator' };

export interface OpenOptions {
  changes: ContactChanges;
  logger: Logger;
  /** The read cache's invalidate: a Connect event means the contact changed. */
  invalidate?: (key: ContactKey) => Promise<void>;
  metricsRegistry?: Registry;
  /** The embedded emulator's URL: its own events queue is read when CONNECT_EVENTS_QUEUE_URL is unset. */
  emulatorUrl?: string;
}

/**
 * The Connect events consumer of this replica: with CONNECT_EVENTS_QUEUE_URL, or the embedded
 * emulator's queue; none otherwise. A queue that does not exist or is forbidden is one line
 * naming the variable (start-up stops); SQS unreachable only delays the consumer.
 */
export async function openConnectEvents(
  config: GatewayConfig,
  options: OpenOptions,
): Promise<ConnectEvents | { refused: string } | undefined> {
  const { emulatorUrl, logger } = options;
  if (config.connectEvents === undefined && emulatorUrl === undefined) return undefined;
  const region = config.connect.region ? { region: config.connect.region } : {};
  // The queue URL's host is where the SDK sends each call anyway (its useQueueUrlAsEndpoint); named as
  // the endpoint it also stops the SDK warning, on stderr, that the two differ (VPC endpoints, the emulator).
  const queueUrl =
    config.connectEvents?.queueUrl ??
    (await new SQSClient({ endpoint: emulatorUrl, region: 'us-east-1', credentials: EMULATOR_CREDENTIALS })
      .send(new GetQueueUrlCommand({ QueueName: EMULATOR_EVENTS_QUEUE }))
      .then((answer) => answer.QueueUrl));
  if (queueUrl === undefined) return undefined;
  const endpoint = new URL(queueUrl).origin;
  // Credentials from the SDK's own chain against AWS; the embedded emulator takes any signature.
  const sqs = new SQSClient(
    config.connectEvents === undefined
      ? { endpoint, region: 'us-east-1', credentials: EMULATOR_CREDENTIALS }
      : { endpoint, ...region },
  );
  const checked = await checkQueue(sqs, queueUrl);
  if (!checked.ok && checked.fatal) {
    sqs.destroy();
    return { refused: checked.line };
  }
  if (!checked.ok) logger.warn(checked.line);
  return startConnectEvents({
    sqs,
    queueUrl,
    changes: options.changes,
    logger,
    allowedInstanceIds: config.connect.allowedInstanceIds,
    ...(options.invalidate ? { invalidate: options.invalidate } : {}),
    ...(options.metricsRegistry ? { metricsRegistry: options.metricsRegistry } : {}),
  });
}
