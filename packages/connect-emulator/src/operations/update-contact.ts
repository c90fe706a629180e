import { externalAudioViolation } from '../state/rules.ts';
import { findContact, isServiceError, validateContactLabels } from './contact-lookup.ts';
import { fail } from './operation.ts';
import type { OperationHandler } from './operation.ts';
import { validateUpdateBody } from './validate-update-contact.ts';

/**
 * UpdateContact (`POST /contacts/{InstanceId}/{ContactId}`): validates labels and body before
 * looking the contact up, applies the patch, bumps LastUpdateTimestamp; answers `{}`.
 */
export const handleUpdateContact: OperationHandler<'InstanceId' | 'ContactId'> = ({ labels, body }, { store }) => {
  const { InstanceId: instanceId, ContactId: contactId } = labels;
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
};
