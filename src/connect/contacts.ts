import { type ConnectClient, type Contact, DescribeContactCommand } from '@aws-sdk/client-connect';
import { callConnect } from './call.ts';
import { MalformedResponseError, UpstreamFailure } from './errors.ts';
import type { ConnectExceptionName } from './exceptions.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';
import { declareQuota } from './quotas/quota-table.ts';

export interface ContactKey {
  instanceId: string;
  contactId: string;
}

/**
 * The errors a read answers with: the members of Query.contact's union, Connect's or the gateway's
 * own. The same eight as UpdateContact's, which the union has listed since it was written.
 */
export const DESCRIBE_CONTACT_ERRORS: readonly ConnectExceptionName[] = [
  'InvalidParameterException',
  'InvalidRequestException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'InternalServiceException',
  'AccessDeniedException',
];

/** Connect's default quota for DescribeContact, budgeted with CONNECT_QUOTAS. */
export const DESCRIBE_CONTACT = 'DescribeContact';
declareQuota(DESCRIBE_CONTACT, { rate: 10, burst: 15 });

/** Reads one contact with DescribeContact, after taking its budget's token when given one. */
export async function describeContact(client: ConnectClient, key: ContactKey, ticket?: BudgetTicket): Promise<Contact> {
  const output = await callConnect(
    DESCRIBE_CONTACT_ERRORS,
    () => client.send(new DescribeContactCommand({ InstanceId: key.instanceId, ContactId: key.contactId })),
    ticket,
  );
  // A 200 without the contact is a malformed answer, not a network failure.
  if (output.Contact === undefined)
    throw new UpstreamFailure('bad-response', new MalformedResponseError('DescribeContact answered without a Contact'));
  return output.Contact;
}
