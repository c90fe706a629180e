import { findContact, isServiceError } from './contact-lookup.ts';
import { fail } from './operation.ts';
import type { OperationHandler } from './operation.ts';
import { describeContactBody } from './wire.ts';

/** DescribeContact (`GET /contacts/{InstanceId}/{ContactId}`): `{"Contact": {...}}` with epoch-second timestamps. */
export const handleDescribeContact: OperationHandler<'InstanceId' | 'ContactId'> = ({ labels }, { store }) => {
  const found = findContact(store, labels.InstanceId, labels.ContactId);
  return isServiceError(found) ? fail(found) : { ok: true, body: describeContactBody(found) };
};
