import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SqsError } from './errors.ts';

/** SQS's JSON protocol: requests and answers are `application/x-amz-json-1.0`. */
export const SQS_CONTENT_TYPE = 'application/x-amz-json-1.0';
/** The `X-Amz-Target` prefix of every SQS operation (`AmazonSQS.ReceiveMessage`). */
export const SQS_TARGET_PREFIX = 'AmazonSQS.';

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, {
    'content-type': SQS_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  res.end(body);
}

/** A 200 with the operation's output (`{}` for operations without one). */
export const sendSqsResult = (res: ServerResponse, output: object): void => send(res, 200, JSON.stringify(output));

/** An error as SQS sends it: `{"__type", "message"}` and `x-amzn-query-error: Code;Fault`. */
export function sendSqsError(res: ServerResponse, error: SqsError): void {
  const { kind, message } = error;
  send(res, kind.status, JSON.stringify({ __type: kind.type, message }), {
    'x-amzn-query-error': `${kind.code};${kind.fault}`,
  });
}
