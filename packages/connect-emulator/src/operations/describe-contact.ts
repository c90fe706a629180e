import type { ContactStore } from '../state/contacts.ts';
import { findContact, isServiceError } from './contact-lookup.ts';
import { fail } from './operation.ts';
import type { OperationResult } from './operation.ts';
import { describeContactBody } from './wire.ts';

/** DescribeContact: `{"Contact": {...}}` with epoch-second timestamps. */
export function handleDescribeContact(store: ContactStore, instanceId: string, contactId: string): OperationResult {
  const found = findContact(store, instanceId, contactId);
  return isServiceError(found) ? fail(found) : { ok: true, body: describeContactBody(found) };
}
