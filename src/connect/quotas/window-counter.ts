import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import { type BudgetWindow, replicaShare } from './budget-window.ts';

/** The outcome of taking one call from a window: granted or not, and the calls left in it. */
interface WindowTake {
  granted: boolean;
  remaining: number;
}

/** Counts one operation's calls per budget window. */
export interface WindowCounter {
  /** Takes one call from window number `window` (Date.now() / windowMs, rounded down). */
  take(window: number): Promise<WindowTake>;
  /** The calls window `window` holds for this replica: the whole window's when shared, else its share. */
  points(window: number): number;
}

// A Redis that stops answering must not stall the budget: past this, the replica counts alone.
const REDIS_TIMEOUT_MS = 250;
// Apart from the subscription keys that share the Redis.
const KEY_PREFIX = 'connect-quota';

/**
 * Counts with rate-limiter-flexible: in Redis (RateLimiterRedis over the replica's command
 * connection, which fails at once while Redis is away) when `redis` is given, in this process
 * otherwise. Each window is a key of its own, since RateLimiterRedis only expires whole seconds.
 * When Redis fails, the replica spends its share of the window in memory (the library's insurance
 * strategy, done here so the replica knows which store counted), having counted there what it
 * spent through Redis; a window begun alone is finished alone, and the next one is shared again.
 */
export function createWindowCounter(
  operation: string,
  window: BudgetWindow,
  replicas: number,
  redis?: Redis,
): WindowCounter {
  // Keys outlive their window a little; they are never read after it.
  const duration = Math.ceil(window.windowMs / 1_000) + 1;
  const share = replicaShare(window, replicas);
  const local = new RateLimiterMemory({ keyPrefix: KEY_PREFIX, points: share, duration });
  const shared =
    redis &&
    new RLWrapperTimeouts({
      limiter: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: KEY_PREFIX,
        points: window.points,
        duration,
        rejectIfRedisNotReady: true,
      }),
      timeoutMs: REDIS_TIMEOUT_MS,
    });
  let aloneIn: number | undefined;
  const isShared = (index: number) => shared !== undefined && redis?.status === 'ready' && index !== aloneIn;

  async function takeFrom(limiter: RLWrapperTimeouts | RateLimiterMemory, key: string): Promise<WindowTake> {
    try {
      const res = await limiter.consume(key);
      return { granted: true, remaining: res.remainingPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { granted: false, remaining: 0 };
      throw rejection;
    }
  }

  return {
    points: (index) => (isShared(index) ? window.points : share),
    async take(index) {
      const key = `${operation}:${index}`;
      if (shared !== undefined && index !== aloneIn) {
        try {
          const taken = await takeFrom(shared, key);
          if (taken.granted) await local.penalty(key);
          return taken;
        } catch {
          // Redis failed: this window is finished on the replica's share.
          aloneIn = index;
        }
      }
      return takeFrom(local, key);
    },
  };
}
