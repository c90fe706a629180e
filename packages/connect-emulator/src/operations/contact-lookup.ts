import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { StoredContact } from '../state/types.ts';
import { modelString } from './model-limits.ts';
import type { Validated } from './validation.ts';
import { deserialize, memberMissing } from './validation.ts';

const instanceIdCheck = modelString('DescribeContact', 'InstanceId');
const contactIdCheck = modelString('DescribeContact', 'ContactId');

/** The InstanceId and ContactId labels of `/contacts/{InstanceId}/{ContactId}` (the model: 1..100, 1..256 code points). */
export const validateContactLabels = (
  instanceId: string,
  contactId: string,
  contactPath = 'contactId',
): EmulatedServiceError | undefined =>
  instanceIdCheck(instanceId, 'instanceId') ?? contactIdCheck(contactId, contactPath);

/** The stored contact, or the error Connect answers: labels are validated before anything is looked up. */
export function findContact(
  store: ContactStore,
  instanceId: string,
  contactId: string,
  contactPath = 'contactId',
): StoredContact | EmulatedServiceError {
  const bad = validateContactLabels(instanceId, contactId, contactPath);
  if (bad) return bad;
  if (!store.hasInstance(instanceId)) {
    return serviceError('ResourceNotFoundException', `Instance not found: ${instanceId}`);
  }
  const stored = store.getContact(instanceId, contactId);
  return stored ?? serviceError('ResourceNotFoundException', `Contact not found: ${contactId}`);
}

export const isServiceError = (v: StoredContact | EmulatedServiceError): v is EmulatedServiceError => !('contact' in v);

/** A string member as the deserializer reads it (`null` counts as absent). */
export const text = z.string().nullish();

export interface ContactIds {
  instanceId: string;
  contactId: string;
}

/**
 * The body of an operation that carries its ids there (`POST /contact/stop`): JSON types first
 * (SerializationException), then InstanceId and the contact id, required, 1..100 and 1..256.
 */
export function readIdentifiedBody<T extends { InstanceId?: string | null }>(
  schema: z.ZodType<T>,
  body: unknown,
  contactIdOf: (b: T) => string | null | undefined,
  contactPath = 'contactId',
): Validated<{ input: T; ids: ContactIds }> {
  const read = deserialize(schema, body);
  if (!read.ok) return read;
  const instanceId = read.value.InstanceId;
  const contactId = contactIdOf(read.value);
  if (instanceId == null) return { ok: false, error: memberMissing('instanceId') };
  if (contactId == null) return { ok: false, error: memberMissing(contactPath) };
  const bad = validateContactLabels(instanceId, contactId, contactPath);
  return bad ? { ok: false, error: bad } : { ok: true, value: { input: read.value, ids: { instanceId, contactId } } };
}
