import type { JWTPayload } from 'jose';
import { SCOPES } from './scopes.ts';

/** Who is calling. With authentication disabled every caller holds every scope. */
export interface Identity {
  subject: string;
  scopes: ReadonlySet<string>;
  /** Instance ids the token narrows the caller to; undefined means no narrowing. */
  instanceIds?: ReadonlySet<string>;
  /** When the token expires (its `exp`, in ms since the epoch): a subscription stream ends then. */
  expiresAt?: number;
}

/** The identity of a request that carried no token: no scopes, so every protected field refuses. */
export const UNAUTHENTICATED: Identity = Object.freeze({ subject: 'anonymous', scopes: new Set<string>() });

/** Every caller's identity when authentication is off (AUTH_DISABLED, or the development default). */
export const ANONYMOUS_FULL_ACCESS: Identity = Object.freeze({ subject: 'anonymous', scopes: new Set(SCOPES) });

/**
 * Name of the optional claim that narrows the caller to some Connect instances (an array of
 * instance ids, or one space-separated string). It can only narrow CONNECT_INSTANCE_IDS, never widen it.
 */
export const INSTANCE_CLAIM = 'connect_instances';

const words = (value: string) => value.split(' ').filter((word) => word.length > 0);

function stringList(value: unknown, claim: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return words(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new TypeError(`claim ${claim} must be a string or an array of strings`);
}

/** Scopes from `scope` (space-separated, RFC 8693) or `scp` (array, as Okta and Azure AD send them). */
export function identityFromClaims(payload: JWTPayload): Identity {
  // `sub` names the caller in the audit log: a token whose `sub` is not a plain string is refused.
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 256)
    throw new TypeError('claim sub must be a string of 1 to 256 characters');
  const scopes = new Set([...(stringList(payload.scope, 'scope') ?? []), ...(stringList(payload.scp, 'scp') ?? [])]);
  const instances = stringList(payload[INSTANCE_CLAIM], INSTANCE_CLAIM);
  return {
    subject: payload.sub,
    scopes,
    ...(instances === undefined ? {} : { instanceIds: new Set(instances) }),
    ...(payload.exp === undefined ? {} : { expiresAt: payload.exp * 1000 }),
  };
}
