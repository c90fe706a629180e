import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { runWithCallSignal } from '../connect/call-signal.ts';

/** Why a request's Connect calls were aborted when its deadline passed. */
export class DeadlineExceededError extends Error {
  override name = 'TimeoutError';
}

/** A request's abort controller, and how to stop watching its client once it has its answer. */
interface Watch {
  controller: AbortController;
  stop?: () => void;
}

const clientGone = () => new DOMException('the client closed the connection', 'AbortError');

/**
 * Gives every GraphQL request an overall deadline: when it passes (or the client goes away) the
 * Connect calls still running are aborted, retries included, and the request answers with the
 * masked CONNECT_UNAVAILABLE error instead of waiting for the SDK's attempts to run out.
 * `deadlineMs` 0 keeps only the client-gone abort.
 *
 * The client going away is seen on node's response (`close` before it finished), as whatwg-node
 * itself sees it: a listener on the fetch Request's `signal` cost 16–60 µs of CPU per request
 * (whatwg-node's lazy signal is a Proxy that every EventTarget access goes through; see
 * docs/performance.md). Without a node response (a fetch-only adapter) the request's signal is used.
 */
export function useDeadline(deadlineMs: number): Plugin {
  const watches = new WeakMap<Request, Watch>();
  return {
    instrumentation: {
      async request({ request }, wrapped) {
        const watch: Watch = { controller: new AbortController() };
        watches.set(request, watch);
        const timer =
          deadlineMs > 0
            ? setTimeout(
                () => watch.controller.abort(new DeadlineExceededError(`deadline of ${deadlineMs} ms passed`)),
                deadlineMs,
              )
            : undefined;
        try {
          await runWithCallSignal(
            watch.controller.signal,
            wrapped,
            deadlineMs > 0 ? performance.now() + deadlineMs : undefined,
          );
        } finally {
          clearTimeout(timer);
          watch.stop?.();
          watches.delete(request);
        }
      },
    },
    onRequest({ request, serverContext }) {
      const watch = watches.get(request);
      if (watch === undefined) return;
      const { controller } = watch;
      const response = (serverContext as { res?: ServerResponse }).res;
      if (response?.once === undefined) {
        const abortWithClient = () => controller.abort(request.signal.reason);
        if (request.signal.aborted) return abortWithClient();
        request.signal.addEventListener('abort', abortWithClient, { once: true });
        watch.stop = () => request.signal.removeEventListener('abort', abortWithClient);
        return;
      }
      const onClose = () => {
        if (!response.writableFinished) controller.abort(clientGone());
      };
      if (response.closed) return onClose();
      response.once('close', onClose);
      watch.stop = () => response.off('close', onClose);
    },
  };
}
