// Mints a short-lived HS256 bearer token for local development, signed with AUTH_JWT_SECRET (and
// carrying AUTH_ISSUER / AUTH_AUDIENCE when the gateway checks them):
//   AUTH_JWT_SECRET=... npm run -s dev-token                      # contacts:read contacts:write, 1 h
//   AUTH_JWT_SECRET=... npm run -s dev-token -- contacts:read     # only these scopes
//   AUTH_JWT_SECRET=... npm run -s dev-token -- contacts:read contacts:write contacts:stop   # also stopContact
// contacts:stop (ending contacts), contacts:create (startTaskContact) and contacts:search (searchContacts)
// are never in the default: ask for them by name.
// Never use it against production: real tokens come from your identity provider.
import { SignJWT } from 'jose';
import { SCOPES } from '../src/auth/scopes.ts';

export interface DevTokenOptions {
  secret: string;
  scopes?: readonly string[];
  subject?: string;
  issuer?: string;
  audience?: string;
  /** jose duration, e.g. '1h', '15m' */
  expiresIn?: string;
}

/** A signed JWT with `sub`, `scope` (space-separated), `iat` and `exp`, as the gateway verifies it. */
export function mintDevToken(options: DevTokenOptions): Promise<string> {
  const scopes = options.scopes ?? ['contacts:read', 'contacts:write'];
  const jwt = new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject ?? 'dev-user')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h');
  if (options.issuer !== undefined) jwt.setIssuer(options.issuer);
  if (options.audience !== undefined) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}

if (import.meta.main) {
  const secret = process.env.AUTH_JWT_SECRET;
  if (secret === undefined || secret.length < 32) {
    console.error('dev-token: set AUTH_JWT_SECRET (at least 32 characters), the same as the gateway uses');
    process.exit(1);
  }
  const scopes = process.argv
    .slice(2)
    .flatMap((arg) => arg.split(' '))
    .filter((scope) => scope.length > 0);
  // A misspelt scope would mint a token that is refused FORBIDDEN with no hint why.
  const unknown = scopes.filter((scope) => !SCOPES.some((known) => known === scope));
  if (unknown.length > 0) {
    console.error(`dev-token: unknown scope ${unknown.join(', ')}; the gateway knows ${SCOPES.join(', ')}`);
    process.exit(1);
  }
  const token = await mintDevToken({
    secret,
    scopes: scopes.length > 0 ? scopes : undefined,
    issuer: process.env.AUTH_ISSUER,
    audience: process.env.AUTH_AUDIENCE,
  });
  console.log(token);
}
