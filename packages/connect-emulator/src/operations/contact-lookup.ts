import { serviceError } from '../errors.ts';
import type { EmulatedServiceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { StoredContact } from '../state/types.ts';
import { lengthViolation } from './validation.ts';

/** The InstanceId (1..100) and ContactId (1..256 code points) labels of `/contacts/{InstanceId}/{ContactId}`. */
export const validateContactLabels = (instanceId: string, contactId: string): EmulatedServiceError | undefined =>
  lengthViolation(instanceId, 'instanceId', 1, 100) ?? lengthViolation(contactId, 'contactId', 1, 256);

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
