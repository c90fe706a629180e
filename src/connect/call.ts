import type { ConnectExceptionName } from './exceptions.ts';
import { fromConnectException } from './errors.ts';

/**
 * Runs one Connect call and throws domain errors only: an exception in `documented` as its
 * ConnectError, anything else as an UpstreamFailure. Calls pass no per-call options: the request's
 * abort signal reaches the SDK through async context (call-signal.ts), and an options object would
 * make the SDK rebuild its middleware stack.
 */
export async function callConnect<T>(documented: readonly ConnectExceptionName[], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw fromConnectException(error, documented);
  }
}
