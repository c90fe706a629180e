import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** What start-up makes of the queue: fine, unreachable for now (the consumer retries), or a configuration error. */
export type QueueCheck = { ok: true } | { ok: false; fatal: boolean; line: string };

/**
 * Whether the queue of CONNECT_EVENTS_QUEUE_URL exists and this role may read it. A queue that does
 * not exist or is forbidden is a configuration error (one line naming the variable); SQS being
 * unreachable is not: the replica starts and its consumer retries.
 */
export async function checkQueue(sqs: SQSClient, queueUrl: string): Promise<QueueCheck> {
  try {
    await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['VisibilityTimeout'] }));
    return { ok: true };
  } catch (error) {
    const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    const status = $metadata?.httpStatusCode;
    if (name === 'QueueDoesNotExist' || name === 'AWS.SimpleQueueService.NonExistentQueue')
      return { ok: false, fatal: true, line: 'invalid configuration: CONNECT_EVENTS_QUEUE_URL names no SQS queue' };
    if (status === 403 || name === 'AccessDenied' || name === 'AccessDeniedException')
      return {
        ok: false,
        fatal: true,
        line: 'invalid configuration: CONNECT_EVENTS_QUEUE_URL: access denied (the role needs sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on the queue)',
      };
    return {
      ok: false,
      fatal: false,
      line: `Connect events queue not reachable at start-up (${name ?? 'error'}); retrying`,
    };
  }
}
