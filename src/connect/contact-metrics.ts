import { type ConnectClient, GetContactMetricsCommand } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import { callConnect } from './call.ts';
import { cacheKey } from './contact-loader.ts';
import type { ContactKey } from './contacts.ts';
import { ConnectError, toError } from './errors.ts';
import type { ConnectExceptionName } from './exceptions.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';
import { declareQuota } from './quotas/quota-table.ts';
import { requestReads } from './request-reads.ts';

/** Where a queued contact stands: its place (1 is next) and Connect's estimate of its wait. */
export interface QueueMetrics {
  positionInQueue: number | null;
  estimatedWaitTimeSeconds: number | null;
}

/** GetContactMetrics' documented errors (the model's), plus Connect's 429 on every API. */
const GET_CONTACT_METRICS_ERRORS: readonly ConnectExceptionName[] = [
  'InvalidRequestException',
  'InvalidParameterException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'AccessDeniedException',
  'InternalServiceException',
];

export const GET_CONTACT_METRICS = 'GetContactMetrics';
// Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
// API throttling quotas) give GetContactMetrics no row of its own: the default for every other API, 2/s, burst 5.
declareQuota(GET_CONTACT_METRICS, { rate: 2, burst: 5 });

/**
 * One GetContactMetrics call for both metrics. A contact that left its queue between the read and
 * this call is Connect's InvalidRequestException: it has no queue metrics, so null.
 */
export async function getQueueMetrics(
  client: ConnectClient,
  key: ContactKey,
  ticket?: BudgetTicket,
): Promise<QueueMetrics | null> {
  try {
    const output = await callConnect(
      GET_CONTACT_METRICS_ERRORS,
      () =>
        client.send(
          new GetContactMetricsCommand({
            InstanceId: key.instanceId,
            ContactId: key.contactId,
            Metrics: [{ Name: 'POSITION_IN_QUEUE' }, { Name: 'ESTIMATED_WAIT_TIME' }],
          }),
        ),
      ticket,
    );
    const value = (name: string) => output.MetricResults?.find((r) => r.Name === name)?.Value?.Number ?? null;
    const positionInQueue = value('POSITION_IN_QUEUE');
    const wait = value('ESTIMATED_WAIT_TIME');
    return {
      positionInQueue: positionInQueue === null ? null : Math.round(positionInQueue),
      estimatedWaitTimeSeconds: wait === null ? null : Math.round(wait),
    };
  } catch (error) {
    if (error instanceof ConnectError && error.exception === 'InvalidRequestException') return null;
    throw error;
  }
}

export type QueueMetricsLoader = DataLoader<ContactKey, QueueMetrics | null, string>;

/**
 * A request's loader of queue metrics: one GetContactMetrics per contact, within the request's
 * read limits (request-reads.ts; the same cap as contact reads: each contact whose metrics are read
 * was read first).
 */
export function createQueueMetricsLoader(
  client: ConnectClient,
  maxReads = Number.POSITIVE_INFINITY,
  ticket?: BudgetTicket,
): QueueMetricsLoader {
  const reads = requestReads(maxReads);
  return new DataLoader<ContactKey, QueueMetrics | null, string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          reads.allow() ? reads.limit(() => getQueueMetrics(client, key, ticket).catch(toError)) : reads.refused(),
        ),
      ),
    { cacheKeyFn: cacheKey },
  );
}
