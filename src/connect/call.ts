import { ConnectError, fromConnectException } from './errors.ts';
import type { ConnectExceptionName } from './exceptions.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';

/**
 * Runs one Connect call and throws domain errors only: an exception in `documented` as its
 * ConnectError, anything else as an UpstreamFailure. Calls pass no per-call options: the request's
 * abort signal reaches the SDK through async context (call-signal.ts), and an options object would
 * make the SDK rebuild its middleware stack. With a `ticket` (CONNECT_QUOTAS) the call first waits
 * for its operation's budget, whose refusal is a ThrottlingError already.
 */
export async function callConnect<T>(
  documented: readonly ConnectExceptionName[],
  send: () => Promise<T>,
  ticket?: BudgetTicket,
): Promise<T> {
  try {
    if (ticket) await ticket();
    return await send();
  } catch (error) {
    throw error instanceof ConnectError ? error : fromConnectException(error, documented);
  }
}
