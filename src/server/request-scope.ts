import type { RequestListener } from 'node:http';
import { runWithCallSignal } from '../connect/call-signal.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

// An incoming id is echoed only when it is short and plain (a UUID, ULID, AWS or trace id), so a
// client cannot put arbitrary text into our logs and headers.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:=-]{1,128}$/;

export const acceptOrGenerate = (incoming: string | undefined) =>
  incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();

/** Why a request's Connect calls were aborted when its deadline passed. */
export class DeadlineExceededError extends Error {
  override name = 'TimeoutError';
}

const clientGone = () => new DOMException('the client closed the connection', 'AbortError');

/**
 * What every HTTP request gets before yoga sees it, as node hands it over:
 *
 * - its id: a sane incoming `x-request-id` or a new UUID, in the `x-request-id` response header of
 *   every answer (requestIdInErrors copies it into the extensions of every GraphQL error);
 * - its arrival time, for the time of its answer (use-metrics.ts);
 * - its deadline (`deadlineMs`; 0: none): when it passes, or the client goes away first (node's
 *   response closes before it finished), the Connect calls still running are aborted, retries
 *   included, and the request answers with the masked CONNECT_UNAVAILABLE error instead of waiting
 *   for the SDK's attempts to run out. The abort signal travels in async context (call-signal.ts).
 *
 * Here rather than in yoga plugins, as the same-feature peers of the bench do it: as plugins they
 * needed whatwg-node's per-request instrumentation wrapper, two maps keyed by the request and two
 * hooks (~12 µs of their own self time per request under the profiler; docs/performance.md).
 */
export function withRequestScope(handler: RequestListener, deadlineMs: number): RequestListener {
  return (req, res) => {
    const startedAt = performance.now();
    const incoming = req.headers[REQUEST_ID_HEADER];
    res.setHeader(REQUEST_ID_HEADER, acceptOrGenerate(typeof incoming === 'string' ? incoming : undefined));
    const controller = new AbortController();
    const timer =
      deadlineMs > 0
        ? setTimeout(
            () => controller.abort(new DeadlineExceededError(`deadline of ${deadlineMs} ms passed`)),
            deadlineMs,
          )
        : undefined;
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(clientGone());
    });
    runWithCallSignal(
      controller.signal,
      () => handler(req, res),
      deadlineMs > 0 ? startedAt + deadlineMs : undefined,
      startedAt,
    );
  };
}
