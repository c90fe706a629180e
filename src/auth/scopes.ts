import type { Identity } from './identity.ts';

/** What a token may allow: reading contacts, changing them. */
export type Scope = 'contacts:read' | 'contacts:write';

/** The one scope check; every guard (Pothos scope-auth, `_entities`) asks it. */
export function hasScope(identity: Identity, scope: Scope): boolean {
  return identity.scopes.has(scope);
}

/** Each scope with whether the caller holds it: the loader of Pothos scope-auth. */
export function grantedScopes(identity: Identity): Record<Scope, boolean> {
  return {
    'contacts:read': hasScope(identity, 'contacts:read'),
    'contacts:write': hasScope(identity, 'contacts:write'),
  };
}
