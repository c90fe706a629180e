import type { ConnectClient } from '@aws-sdk/client-connect';
import type { RetryErrorInfo, RetryStrategy, RetryStrategyV2, RetryToken } from '@smithy/types';
import { currentCallDeadline, currentCallSignal } from './call-signal.ts';

/** Thrown to the SDK's retry middleware, which then throws the error of the last attempt instead. */
class NoRetryWithinDeadline extends Error {
  override name = 'NoRetryWithinDeadline';
}

const isV2 = (strategy: RetryStrategy | RetryStrategyV2): strategy is RetryStrategyV2 =>
  'refreshRetryTokenForRetry' in strategy;

/** Milliseconds until the Retry-After Connect sent with the failed attempt, if any. */
const retryAfterMs = (info: RetryErrorInfo): number =>
  info.retryAfterHint === undefined ? 0 : Math.max(0, info.retryAfterHint.getTime() - Date.now());

/** Resolves after `ms`, or rejects when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new NoRetryWithinDeadline('request aborted'));
    const abort = () => {
      clearTimeout(timer);
      reject(new NoRetryWithinDeadline('request aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

const anyOf = (signal: AbortSignal | undefined, other: AbortSignal) =>
  signal === undefined ? other : AbortSignal.any([signal, other]);

/**
 * The SDK's retry strategy (standard or adaptive, as AWS_RETRY_MODE and AWS_MAX_ATTEMPTS chose it),
 * bounded by the deadline of the GraphQL request the call serves (call-signal.ts). A retry happens
 * only when its wait and one more attempt as long as the last fit before the deadline; otherwise the
 * SDK's retry middleware throws the error the last attempt got (ThrottlingError with Connect's
 * Retry-After, InternalServiceError, …) at once, instead of sleeping into the deadline and
 * answering CONNECT_UNAVAILABLE. A retry also waits at least Connect's Retry-After (the SDK alone
 * would try again after at most its backoff + 5 s). The middleware is not given the request's abort
 * signal (call-signal.ts says why), so the waits here end with it themselves.
 */
class DeadlineBoundRetryStrategy implements RetryStrategyV2 {
  readonly mode: string | undefined;
  readonly sdk: RetryStrategyV2;
  /** When each token's attempt started (performance.now() time). */
  readonly #attemptStarted = new WeakMap<RetryToken, number>();

  constructor(sdk: RetryStrategyV2 & { mode?: string }) {
    this.sdk = sdk;
    this.mode = sdk.mode;
  }

  async acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    const token = await this.sdk.acquireInitialRetryToken(scope);
    this.#attemptStarted.set(token, performance.now());
    return token;
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const deadlineAt = currentCallDeadline();
    const signal = currentCallSignal();
    const next =
      deadlineAt === undefined
        ? await this.sdk.refreshRetryTokenForRetry(token, info)
        : await this.#refreshWithin(deadlineAt, token, info, signal);
    const left = retryAfterMs(info);
    if (left > 0) await wait(left, signal);
    return this.#started(next);
  }

  async #refreshWithin(
    deadlineAt: number,
    token: RetryToken,
    info: RetryErrorInfo,
    signal: AbortSignal | undefined,
  ): Promise<RetryToken> {
    const now = performance.now();
    const lastAttemptMs = now - (this.#attemptStarted.get(token) ?? now);
    // The time left for the wait, once the next attempt has its room.
    const waitBudgetMs = deadlineAt - now - lastAttemptMs;
    const retryAfter = retryAfterMs(info);
    if (retryAfter > waitBudgetMs) throw new NoRetryWithinDeadline(`Retry-After ${retryAfter} ms`);
    // The SDK decides whether to retry and waits its backoff inside this call: when that wait
    // outlasts the budget, the retry is dropped where it would no longer fit, not at the deadline.
    const budget = new AbortController();
    return Promise.race([
      this.sdk.refreshRetryTokenForRetry(token, info),
      wait(waitBudgetMs, anyOf(signal, budget.signal)).then(() => {
        throw new NoRetryWithinDeadline('backoff past the deadline');
      }),
    ]).finally(() => budget.abort());
  }

  recordSuccess(token: RetryToken): void {
    this.sdk.recordSuccess(token);
  }

  #started(token: RetryToken): RetryToken {
    this.#attemptStarted.set(token, performance.now());
    return token;
  }
}

/**
 * Puts the deadline bound around the strategy the SDK resolves for `client` (from AWS_RETRY_MODE,
 * AWS_MAX_ATTEMPTS or the client's `maxAttempts`); the retry middleware asks the config for it on
 * every call.
 */
export function boundRetriesByDeadline(client: ConnectClient): void {
  const resolveSdkStrategy = client.config.retryStrategy;
  let bounded: Promise<RetryStrategy | RetryStrategyV2> | undefined;
  client.config.retryStrategy = () =>
    (bounded ??= resolveSdkStrategy().then((sdk) => (isV2(sdk) ? new DeadlineBoundRetryStrategy(sdk) : sdk)));
}
