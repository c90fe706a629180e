import { findContact, isServiceError } from './contact-lookup.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';

/** GetContactAttributes (`GET /contact/attributes/{InstanceId}/{InitialContactId}`): `{"Attributes": {...}}` of the chain. */
export const handleGetContactAttributes: OperationHandler<'InstanceId' | 'InitialContactId'> = (
  { labels },
  { store },
) => {
  const found = findContact(store, labels.InstanceId, labels.InitialContactId, 'initialContactId');
  if (isServiceError(found)) return fail(found);
  const attributes = store.attributes.get(found.instanceId, found.contact.InitialContactId);
  return { ok: true, body: JSON.stringify({ Attributes: attributes }) };
};
