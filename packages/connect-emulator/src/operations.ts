import { connectError } from './errors.ts';
import type { ConnectError } from './errors.ts';
import type { ContactStore } from './store.ts';
import type { StoredContact } from './types.ts';
import { externalAudioViolation, validateLabel, validateUpdateBody } from './validate-update.ts';
import { describeContactBody } from './wire.ts';

export type OperationResult = { ok: true; body: string } | { ok: false; error: ConnectError };

const fail = (error: ConnectError): OperationResult => ({ ok: false, error });

// Labels are validated before anything is looked up, as the service does.
function findContact(store: ContactStore, instanceId: string, contactId: string): StoredContact | ConnectError {
  const bad = validateLabel(instanceId, 'instanceId', 100) ?? validateLabel(contactId, 'contactId', 256);
  if (bad) return bad;
  if (!store.hasInstance(instanceId)) {
    return connectError('ResourceNotFoundException', `Instance not found: ${instanceId}`);
  }
  const stored = store.getContact(instanceId, contactId);
  return stored ?? connectError('ResourceNotFoundException', `Contact not found: ${contactId}`);
}

const isError = (v: StoredContact | ConnectError): v is ConnectError => !('contact' in v);

/** DescribeContact: `{"Contact": {...}}` with epoch-second timestamps. */
export function describeContact(store: ContactStore, instanceId: string, contactId: string): OperationResult {
  const found = findContact(store, instanceId, contactId);
  return isError(found) ? fail(found) : { ok: true, body: describeContactBody(found) };
}

/** UpdateContact: validates, applies the patch, bumps LastUpdateTimestamp; answers `{}`. */
export function updateContact(
  store: ContactStore,
  instanceId: string,
  contactId: string,
  body: unknown,
): OperationResult {
  const bad = validateLabel(instanceId, 'instanceId', 100) ?? validateLabel(contactId, 'contactId', 256);
  if (bad) return fail(bad);
  const patch = validateUpdateBody(body);
  if (!patch.ok) return patch;
  const found = findContact(store, instanceId, contactId);
  if (isError(found)) return fail(found);
  const restricted = externalAudioViolation(patch.value, found.externalAudio);
  if (restricted) return fail(restricted);
  store.updateContact(instanceId, contactId, patch.value);
  return { ok: true, body: '{}' };
}
