import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallRecord } from '../call-log.ts';
import { serviceError } from '../errors.ts';
import { sendError } from '../http-io.ts';
import type { TerminalEffect } from './types.ts';

const retryAfter = (seconds: number | undefined) =>
  seconds === undefined ? undefined : { 'retry-after': String(seconds) };

/** Answers (or deliberately fails to answer) a call as the fault says. */
export function applyFaultEffect(
  effect: TerminalEffect,
  req: IncomingMessage,
  res: ServerResponse,
  record: CallRecord,
): void {
  switch (effect.kind) {
    case 'error': {
      const error = serviceError(effect.name, effect.message ?? `Injected ${effect.name}`, effect.status);
      sendError(res, error, record, retryAfter(effect.retryAfterSeconds));
      return;
    }
    case 'throttle':
    case 'quotas':
      sendError(
        res,
        serviceError('ThrottlingException', 'Rate exceeded'),
        record,
        retryAfter(effect.retryAfterSeconds),
      );
      return;
    case 'hang':
      // Leave the response open; the client's timeout or close() ends the socket.
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'malformed': {
      const status = effect.status ?? 200;
      const body = effect.body ?? '{"Contact": {"Id": "unterminated';
      record.status = status;
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-amzn-RequestId': randomUUID(),
      });
      res.end(body);
      return;
    }
    case 'truncated': {
      record.status = 200;
      const partial = '{"Contact": {"Id": "';
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': 4096,
        'x-amzn-RequestId': randomUUID(),
      });
      // Flush the partial body, then cut the connection before content-length is reached.
      res.write(partial, () => req.socket.destroy());
      return;
    }
  }
}
