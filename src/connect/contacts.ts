import { type ConnectClient, type Contact, DescribeContactCommand } from '@aws-sdk/client-connect';
import { callConnect } from './call.ts';
import { MalformedResponseError, UpstreamFailure } from './errors.ts';
import type { ConnectExceptionName } from './exceptions.ts';

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
  'ConflictException',
  'InvalidActiveRegionException',
];

/** Reads one contact with DescribeContact. */
export async function describeContact(client: ConnectClient, key: ContactKey): Promise<Contact> {
  const output = await callConnect(DESCRIBE_CONTACT_ERRORS, () =>
    client.send(new DescribeContactCommand({ InstanceId: key.instanceId, ContactId: key.contactId })),
  );
  // A 200 without the contact is a malformed answer, not a network failure.
  if (output.Contact === undefined)
    throw new UpstreamFailure('bad-response', new MalformedResponseError('DescribeContact answered without a Contact'));
  return output.Contact;
}
