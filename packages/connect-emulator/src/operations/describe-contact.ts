import { findContact, isServiceError } from './contact-lookup.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { describeContactBody } from './wire.ts';

/**
 * DescribeContact (`GET /contacts/{InstanceId}/{ContactId}`): `{"Contact": {...}}` with epoch-second
 * timestamps, the chain's attributes and an exact QueuePriority.
 */
export const handleDescribeContact: OperationHandler<'InstanceId' | 'ContactId'> = ({ labels }, { store }) => {
  const found = findContact(store, labels.InstanceId, labels.ContactId);
  if (isServiceError(found)) return fail(found);
  const attributes = store.attributes.get(found.instanceId, found.contact.InitialContactId);
  return { ok: true, body: describeContactBody(found, attributes) };
};
