import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { CallRecord } from './call-log.ts';
import type { EmulatedServiceError } from './errors.ts';

/** Reads the whole request body as UTF-8 (Connect requests are small JSON documents). */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [only] = chunks;
      // One chunk (most bodies) is decoded as it is, without Buffer.concat's copy.
      resolve(chunks.length === 1 && only ? only.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** Sends a JSON answer with a fresh `x-amzn-RequestId`, noting the status in the call record. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  record?: CallRecord,
  headers?: OutgoingHttpHeaders,
): void {
  if (res.destroyed || res.headersSent) return;
  if (record) record.status = status;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  res.end(body);
}

/** Sends a Connect error the way restJson1 services do: `x-amzn-ErrorType` + `{"Message"}`. */
export function sendError(
  res: ServerResponse,
  error: EmulatedServiceError,
  record?: CallRecord,
  headers?: OutgoingHttpHeaders,
): void {
  if (record) record.errorType = error.name;
  sendJson(res, error.status, JSON.stringify({ Message: error.message }), record, {
    'x-amzn-ErrorType': error.name,
    ...headers,
  });
}
