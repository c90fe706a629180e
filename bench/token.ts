import { SignJWT } from 'jose';

/** A bearer token the gateway accepts with AUTH_JWT_SECRET: HS256, both contact scopes, 1 hour. */
export async function signBenchToken(secret: string): Promise<string> {
  return new SignJWT({ scope: 'contacts:read contacts:write' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}
