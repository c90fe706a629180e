import type { StateBoundOperation } from '../state/contact-state.ts';
import { stateRefusal } from '../state/contact-state.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { StoredContact } from '../state/types.ts';
import type { ContactIds } from './contact-lookup.ts';
import { findContact, isServiceError } from './contact-lookup.ts';
import type { Validated } from './validation.ts';

/** The contact, once found and accepted by the state table for `operation`; else the error Connect answers. */
export function acceptedContact(
  store: ContactStore,
  ids: ContactIds,
  operation: StateBoundOperation,
): Validated<StoredContact> {
  const found = findContact(store, ids.instanceId, ids.contactId);
  if (isServiceError(found)) return { ok: false, error: found };
  const refused = stateRefusal(operation, found);
  return refused ? { ok: false, error: refused } : { ok: true, value: found };
}
