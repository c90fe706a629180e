import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http-io.ts';
import { sqsError } from './errors.ts';
import type { SqsOperationName } from './operations.ts';
import { SQS_OPERATIONS } from './operations.ts';
import type { SqsService } from './service.ts';
import { SQS_TARGET_PREFIX, sendSqsError, sendSqsResult } from './wire.ts';

// The queue a request names, for fault filters: QueueName, or the last segment of QueueUrl.
function queueNameOf(input: Record<string, unknown>): string | undefined {
  if (typeof input.QueueName === 'string') return input.QueueName;
  const url = input.QueueUrl;
  return typeof url === 'string' ? url.split('/').filter(Boolean).at(-1) : undefined;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One SQS request (AWS JSON 1.0: `POST /`, `X-Amz-Target: AmazonSQS.<Operation>`): count, faults,
 * signature check, body, then the operation. `closing` ends long polls when the emulator closes.
 */
export async function handleSqsRequest(
  target: string,
  req: IncomingMessage,
  res: ServerResponse,
  sqs: SqsService,
  closing: AbortSignal,
): Promise<void> {
  const rawBody = await readBody(req);
  const name = target.slice(SQS_TARGET_PREFIX.length);
  if (!Object.hasOwn(SQS_OPERATIONS, name))
    return sendSqsError(res, sqsError('InvalidAction', `The action ${name} is not valid for this web service.`));
  const operation = name as SqsOperationName;
  sqs.counts[operation] = (sqs.counts[operation] ?? 0) + 1;
  const input = parseObject(rawBody);

  const fault = sqs.faults.decide(operation, input ? queueNameOf(input) : undefined);
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  if (fault) return sendSqsError(res, fault.error);
  if (!req.headers.authorization?.startsWith('AWS4-HMAC-SHA256'))
    return sendSqsError(res, sqsError('InvalidSecurity', 'The request did not use SigV4 for signing.'));
  if (!input) return sendSqsError(res, sqsError('SerializationException', 'The request body is not a JSON object.'));

  // A long poll stops when the client goes away or the emulator closes.
  const gone = new AbortController();
  res.once('close', () => gone.abort());
  const result = await SQS_OPERATIONS[operation](input, {
    queues: sqs.queues,
    now: sqs.now,
    signal: AbortSignal.any([closing, gone.signal]),
  });
  if (result.ok) sendSqsResult(res, result.output);
  else sendSqsError(res, result.error);
}
