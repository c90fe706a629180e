import type { ContactStore } from '../state/contacts.ts';
import { externalAudioViolation } from '../state/rules.ts';
import { findContact, isServiceError, validateContactLabels } from './contact-lookup.ts';
import { fail } from './operation.ts';
import type { OperationResult } from './operation.ts';
import { validateUpdateBody } from './validate-update-contact.ts';

/** UpdateContact: validates, applies the patch, bumps LastUpdateTimestamp; answers `{}`. */
export function handleUpdateContact(
  store: ContactStore,
  instanceId: string,
  contactId: string,
  body: unknown,
): OperationResult {
  const bad = validateContactLabels(instanceId, contactId);
  if (bad) return fail(bad);
  const patch = validateUpdateBody(body);
  if (!patch.ok) return patch;
  const found = findContact(store, instanceId, contactId);
  if (isServiceError(found)) return fail(found);
  const restricted = externalAudioViolation(patch.value, found.externalAudio);
  if (restricted) return fail(restricted);
  store.updateContact(instanceId, contactId, patch.value);
  return { ok: true, body: '{}' };
}
