export interface TokenBucket {
  /** Takes one token if available. */
  take(now: number): boolean;
}

/** A token bucket that starts full (`burst` tokens) and refills `ratePerSecond`. */
export function createTokenBucket(ratePerSecond: number, burst: number, now: number): TokenBucket {
  let tokens = burst;
  let last = now;
  return {
    take(t) {
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * ratePerSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
