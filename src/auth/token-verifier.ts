// The two functions used, by their own entry points: jose's index loads every JWE/JWS/JWK module.
import { createRemoteJWKSet } from 'jose/jwks/remote';
import { type JWTVerifyGetKey, jwtVerify } from 'jose/jwt/verify';
import type { AuthConfig } from '../config.ts';
import { type Identity, identityFromClaims } from './identity.ts';

/** Tolerated clock difference between the token issuer and this server, for exp and nbf. */
export const CLOCK_SKEW_SECONDS = 30;

// Pinned so that `alg: none` and algorithm confusion (an HS256 token "signed" with a public key)
// cannot pass: a secret only ever verifies HS256, a JWKS only asymmetric algorithms.
const SECRET_ALGORITHMS = ['HS256'];
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export type TokenVerifier = (token: string) => Promise<Identity>;

/**
 * Builds the verifier once (key bytes or the remote JWKS with its cache); each call then only
 * verifies one compact JWT: signature, algorithm, exp (required), nbf, iss and aud when configured.
 */
export function createTokenVerifier(auth: Exclude<AuthConfig, { mode: 'disabled' }>): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    auth.mode === 'secret' ? new TextEncoder().encode(auth.secret) : createRemoteJWKSet(new URL(auth.jwksUrl));
  const options = {
    algorithms: auth.mode === 'secret' ? SECRET_ALGORITHMS : JWKS_ALGORITHMS,
    issuer: auth.issuer,
    audience: auth.audience,
    clockTolerance: CLOCK_SKEW_SECONDS,
    requiredClaims: ['exp', 'sub'],
  };
  return async (token) => {
    // Two overloads of jwtVerify (key vs key function); one call site each keeps the types exact.
    const { payload } =
      key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
    return identityFromClaims(payload);
  };
}
