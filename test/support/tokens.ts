import { type JWTPayload, SignJWT } from 'jose';

/** The HS256 secret the security tests configure (AUTH_JWT_SECRET). */
export const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz';
export const ISSUER = 'https://issuer.test/';
export const AUDIENCE = 'connect-gateway';

export const HS256_ENV = { AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };

/** A production gateway's environment: production refuses to start without authentication. */
export const PRODUCTION_ENV = { NODE_ENV: 'production', CONNECT_BACKEND: 'emulator', ...HS256_ENV };

/** What a federation router sends in `router-authorization` (ROUTER_SECRET). */
export const ROUTER_SECRET = 'router-secret-0123456789abcdefghijklmnop';

const now = () => Math.floor(Date.now() / 1000);

/** The default claims: subject user-1, both scopes, this issuer and audience, valid for 5 minutes. */
export const defaultClaims = (): JWTPayload => ({
  sub: 'user-1',
  scope: 'contacts:read contacts:write',
  iss: ISSUER,
  aud: AUDIENCE,
  exp: now() + 300,
});

/** Signs an HS256 token with SECRET; `claims` override the defaults (an undefined value removes one). */
export function hs256Token(claims: JWTPayload = {}, secret = SECRET): Promise<string> {
  return new SignJWT({ ...defaultClaims(), ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An unsigned token (`alg: none`), as an attacker would craft it. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export const seconds = { now };
