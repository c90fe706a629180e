/**
 * What a token may allow: reading contacts, changing them, ending them, creating task contacts and
 * searching contacts. Ending a contact cannot be undone, so `contacts:stop` is its own scope, not
 * implied by `contacts:write`. The supervisor and agent controls are their own scopes too, none
 * implied by another: `contacts:recording` (start, suspend, resume, stop a recording),
 * `contacts:monitor` (listen in on a contact) and `contacts:assign` (give a queued contact to an
 * agent, dismiss an agent's finished contact); so are creating (`contacts:create`) and searching an
 * instance's contacts (`contacts:search`, more than reading contacts one knows).
 */
export const SCOPES = [
  'contacts:read',
  'contacts:write',
  'contacts:stop',
  'contacts:recording',
  'contacts:monitor',
  'contacts:assign',
  'contacts:create',
  'contacts:search',
] as const;

export type Scope = (typeof SCOPES)[number];

interface Caller {
  scopes: ReadonlySet<string>;
}

/** The one scope check; every guard (Pothos scope-auth, `_entities`) asks it. */
export function hasScope(caller: Caller, scope: Scope): boolean {
  return caller.scopes.has(scope);
}

/** Each scope with whether the caller holds it: the loader of Pothos scope-auth. */
export function grantedScopes(caller: Caller): Record<Scope, boolean> {
  return Object.fromEntries(SCOPES.map((scope) => [scope, hasScope(caller, scope)])) as Record<Scope, boolean>;
}
