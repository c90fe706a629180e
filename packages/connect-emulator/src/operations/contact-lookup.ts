import { serviceError } from '../errors.ts';
import type { EmulatedServiceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { StoredContact } from '../state/types.ts';
import { lengthWithin } from './code-points.ts';

/** Checks a URI label (InstanceId 1..100, ContactId 1..256 code points). */
function validateLabel(value: string, name: string, max: number): EmulatedServiceError | undefined {
  if (lengthWithin(value, 1, max)) return undefined;
  return serviceError(
    'InvalidParameterException',
    `1 validation error detected: Value at '${name}' failed to satisfy constraint: Member must have length between 1 and ${max}`,
  );
}

/** The InstanceId and ContactId labels of `/contacts/{InstanceId}/{ContactId}`. */
export const validateContactLabels = (instanceId: string, contactId: string): EmulatedServiceError | undefined =>
  validateLabel(instanceId, 'instanceId', 100) ?? validateLabel(contactId, 'contactId', 256);

/** The stored contact, or the error Connect answers: labels are validated before anything is looked up. */
export function findContact(
  store: ContactStore,
  instanceId: string,
  contactId: string,
): StoredContact | EmulatedServiceError {
  const bad = validateContactLabels(instanceId, contactId);
  if (bad) return bad;
  if (!store.hasInstance(instanceId)) {
    return serviceError('ResourceNotFoundException', `Instance not found: ${instanceId}`);
  }
  const stored = store.getContact(instanceId, contactId);
  return stored ?? serviceError('ResourceNotFoundException', `Contact not found: ${contactId}`);
}

export const isServiceError = (v: StoredContact | EmulatedServiceError): v is EmulatedServiceError =>
  !('contact' in v);
