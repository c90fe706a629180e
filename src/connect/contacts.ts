import {
  type ConnectClient,
  type Contact,
  DescribeContactCommand,
  type Reference,
  UpdateContactCommand,
} from '@aws-sdk/client-connect';
import { fromConnectException, MalformedResponseError } from './errors.ts';

// No per-call options are ever sent: the request's abort signal reaches the SDK through async
// context (call-signal.ts), and any options object would make the SDK rebuild its middleware stack.

export interface ContactKey {
  instanceId: string;
  contactId: string;
}

/** The fields UpdateContact changes; an absent field is left unchanged by Connect. */
export interface ContactChanges {
  name?: string;
  description?: string;
  references?: Record<string, Reference>;
}

/** The updatable fields as the API takes them: references as a list of unique keys. */
export interface ContactChangesInput {
  name?: string | null;
  description?: string | null;
  references?: readonly { key: string; type: Reference['Type']; value: string }[] | null;
}

/**
 * What UpdateContact is to send: null or omitted fields are left out (Connect leaves them
 * unchanged), an empty string is kept (it clears the field), an empty list counts as absent.
 */
export function contactChanges(input: ContactChangesInput): ContactChanges {
  const changes: ContactChanges = {};
  if (input.name != null) changes.name = input.name;
  if (input.description != null) changes.description = input.description;
  if (input.references != null && input.references.length > 0)
    changes.references = Object.fromEntries(input.references.map((r) => [r.key, { Type: r.type, Value: r.value }]));
  return changes;
}

export interface UpdateContactOutcome {
  requestId: string | undefined;
}

/** Sends UpdateContact with exactly the given changes; absent fields are not sent. */
export async function updateContact(
  client: ConnectClient,
  key: ContactKey,
  changes: ContactChanges,
): Promise<UpdateContactOutcome> {
  try {
    const output = await client.send(
      new UpdateContactCommand({
        InstanceId: key.instanceId,
        ContactId: key.contactId,
        Name: changes.name,
        Description: changes.description,
        References: changes.references,
      }),
    );
    return { requestId: output.$metadata.requestId };
  } catch (error) {
    throw fromConnectException(error);
  }
}

/** Reads one contact with DescribeContact. */
export async function describeContact(client: ConnectClient, key: ContactKey): Promise<Contact> {
  let output;
  try {
    output = await client.send(new DescribeContactCommand({ InstanceId: key.instanceId, ContactId: key.contactId }));
  } catch (error) {
    throw fromConnectException(error);
  }
  // A 200 without the contact is a malformed answer, not a network failure.
  if (output.Contact === undefined)
    throw fromConnectException(new MalformedResponseError('DescribeContact answered without a Contact'));
  return output.Contact;
}
