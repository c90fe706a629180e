import type { Plugin } from 'graphql-yoga';
import { runWithCallSignal } from '../connect/call-signal.ts';

/** Why a request's Connect calls were aborted when its deadline passed. */
export class DeadlineExceededError extends Error {
  override name = 'TimeoutError';
}

/**
 * Gives every GraphQL request an overall deadline: when it passes (or the client goes away) the
 * Connect calls still running are aborted, retries included, and the request answers with the
 * masked CONNECT_UNAVAILABLE error instead of waiting for the SDK's attempts to run out.
 * `deadlineMs` 0 keeps only the client-gone abort.
 */
export function useDeadline(deadlineMs: number): Plugin {
  return {
    instrumentation: {
      async request({ request }, wrapped) {
        const controller = new AbortController();
        const abortWithClient = () => controller.abort(request.signal.reason);
        if (request.signal.aborted) abortWithClient();
        else request.signal.addEventListener('abort', abortWithClient, { once: true });
        const timer =
          deadlineMs > 0
            ? setTimeout(
                () => controller.abort(new DeadlineExceededError(`deadline of ${deadlineMs} ms passed`)),
                deadlineMs,
              )
            : undefined;
        try {
          await runWithCallSignal(
            controller.signal,
            wrapped,
            deadlineMs > 0 ? performance.now() + deadlineMs : undefined,
          );
        } finally {
          clearTimeout(timer);
          request.signal.removeEventListener('abort', abortWithClient);
        }
      },
    },
  };
}
