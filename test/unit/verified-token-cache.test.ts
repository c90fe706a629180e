import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../../src/auth/token-verifier.ts';
import { cacheVerifiedTokens } from '../../src/plugins/verified-token-cache.ts';

const SECRET = 'verified-token-cache-test-secret-0123456789';
const key = new TextEncoder().encode(SECRET);

async function token(expSecondsFromNow: number, secret: Uint8Array = key): Promise<string> {
  return new SignJWT({ scope: 'contacts:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('caller-1')
    .setExpirationTime(Math.floor(Date.now() / 1000) + expSecondsFromNow)
    .sign(secret);
}

/** The real verifier, counting how often it actually verifies a signature. */
function countingVerifier(): { verify: TokenVerifier; calls: () => number } {
  const real = createTokenVerifier({ mode: 'secret', secret: SECRET });
  let calls = 0;
  return {
    verify: (t) => {
      calls++;
      return real(t);
    },
    calls: () => calls,
  };
}

describe('cacheVerifiedTokens', () => {
  it('verifies a token once and answers repeats from the cache with the same identity', async () => {
    const counted = countingVerifier();
    const verify = cacheVerifiedTokens(counted.verify);
    const t = await token(600);
    const first = await verify(t);
    const second = await verify(t);
    expect(second).toBe(first);
    expect(first.subject).toBe('caller-1');
    expect(counted.calls()).toBe(1);
  });

  it('never remembers a token past its exp: one still accepted within the clock skew is verified every time', async () => {
    const counted = countingVerifier();
    const verify = cacheVerifiedTokens(counted.verify);
    // Expired 5 s ago: the verifier still accepts it (30 s skew), but the cache must not keep it.
    const t = await token(-5);
    await verify(t);
    await verify(t);
    expect(counted.calls()).toBe(2);
  });

  it('never remembers a failure, and a token with another signature is verified on its own', async () => {
    const counted = countingVerifier();
    const verify = cacheVerifiedTokens(counted.verify);
    const good = await token(600);
    const forged = await token(600, new TextEncoder().encode('another-secret-another-secret-0123456789'));
    await verify(good);
    await expect(verify(forged)).rejects.toThrow();
    await expect(verify(forged)).rejects.toThrow();
    expect(counted.calls()).toBe(3);
  });

  it('forgets the least recently used token when full', async () => {
    const counted = countingVerifier();
    const verify = cacheVerifiedTokens(counted.verify, 2);
    const [a, b, c] = await Promise.all([token(600), token(601), token(602)]);
    await verify(a);
    await verify(b);
    await verify(a); // hit; b is now least recently used
    await verify(c); // evicts b
    expect(counted.calls()).toBe(3);
    await verify(a);
    await verify(b);
    expect(counted.calls()).toBe(4);
  });
});
