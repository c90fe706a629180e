import { decodeJwt } from 'jose/jwt/decode';
import { LRUCache } from 'lru-cache';
import type { Identity } from '../auth/identity.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';

/** Longest a verified token is trusted without verifying its signature again. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** Distinct tokens remembered; the least recently used is forgotten first. */
export const VERIFIED_TOKEN_CACHE_SIZE = 5_000;

/**
 * Remembers the identity of tokens that verified, for at most VERIFIED_TOKEN_TTL_MS and never past
 * their `exp`. A client sends the same token with every request, and verifying its signature
 * through WebCrypto costs more CPU than all the rest of the gateway's own work
 * (docs/performance.md). The key is the whole compact token, signature included, so only the exact
 * bytes that verified can hit; failures are never remembered. A JWKS key removed upstream is
 * already trusted for longer than this by jose's own JWKS cache.
 */
export function cacheVerifiedTokens(
  verify: TokenVerifier,
  max = VERIFIED_TOKEN_CACHE_SIZE,
): (token: string) => Identity | Promise<Identity> {
  const cache = new LRUCache<string, Identity>({ max });
  // A remembered token is answered at once, not through a promise: it is nearly every request.
  return (token) =>
    cache.get(token) ??
    verify(token).then((identity) => {
      // Verified, so `exp` is present (a required claim) and the token decodes.
      const { exp } = decodeJwt(token);
      const ttl = exp === undefined ? 0 : Math.min(VERIFIED_TOKEN_TTL_MS, exp * 1000 - Date.now());
      if (ttl >= 1) cache.set(token, identity, { ttl: Math.floor(ttl) });
      return identity;
    });
}
