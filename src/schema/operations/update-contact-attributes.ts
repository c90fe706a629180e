import { UpdateContactAttributesCommand } from '@aws-sdk/client-connect';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { instanceIdInput } from './contact-key-inputs.ts';
import {
  UPDATE_CONTACT_ATTRIBUTES_LIMITS as L,
  updateContactAttributesConstraints,
} from './update-contact-attributes-constraints.ts';

// Amazon Connect UpdateContactAttributes: merges user-defined attributes into a contact chain.

export const ContactAttributeInput = builder.inputType('ContactAttributeInput', {
  description: 'One user-defined contact attribute to set: its key and its new value.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The attribute key (${L.key.min} to ${L.key.max} characters of ASCII letters, digits, "-" and "_"), unique within the input. A repeated key is an InvalidParameterError at the later entry.`,
    }),
    value: t.string({
      required: true,
      description: `The new value (${L.value.min} to ${L.value.max} characters). "" clears the value (the key stays, with an empty value): Connect cannot delete an attribute. null is refused.`,
    }),
  }),
});

const UpdateContactAttributesInput = builder.inputType('UpdateContactAttributesInput', {
  description: `Which contact chain, and the attributes to merge into it. Lengths count Unicode code points; all keys and values together may be at most ${L.totalBytes} bytes of UTF-8. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.`,
  // One schema for the whole input, so that every violation is reported at once.
  validate: updateContactAttributesConstraints,
  fields: (t) => ({
    instanceId: instanceIdInput(t),
    initialContactId: t.id({
      required: true,
      description: `The id of the first contact of the chain (${K.contactId.min} to ${K.contactId.max} characters): \`Contact.initialContactId\`, which equals the contact's own id when it was never transferred. Attributes belong to the chain: every segment of it reads them.`,
    }),
    attributes: t.field({
      type: [ContactAttributeInput],
      required: true,
      description: `The attributes to set, as a list with unique keys (sent to Connect as its Attributes map). Merged: keys not sent keep their values, keys sent get the new value. Connect refuses (InvalidRequestError) a merge that would take the chain's attributes past ${L.totalBytes} bytes.`,
    }),
  }),
});

defineOperation({
  name: 'updateContactAttributes',
  description:
    'Sets user-defined attributes on a contact chain (Amazon Connect UpdateContactAttributes), e.g. data an agent desktop writes back for flows, reports and the next agent. Keys not sent are kept; "" clears a value; there is no delete. Works for ongoing and completed contacts. Expected failures are members of the result union.',
  input: {
    type: UpdateContactAttributesInput,
    description: 'Which contact chain, and the attributes to merge; UpdateContactAttributesInput lists the limits.',
  },
  // Connect's default quota for UpdateContactAttributes (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 10, burst: 15 },
  scope: 'contacts:write',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    // The model omits it, but any Connect API can answer 429.
    'ThrottlingException',
  ],
  // Values are customer data; the audit line names the keys.
  customerData: ['attributes'],
  auditKeys: ({ attributes }) => attributes.map((attribute) => attribute.key),
  contact: ({ instanceId, initialContactId }) => ({ instanceId, contactId: initialContactId }),
  events: { instanceId: 'key', initialContactId: 'key', attributes: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  forgets: 'chain',
  send: (connect, input) =>
    connect.send(
      new UpdateContactAttributesCommand({
        InstanceId: input.instanceId,
        InitialContactId: input.initialContactId,
        Attributes: Object.fromEntries(input.attributes.map((attribute) => [attribute.key, attribute.value])),
      }),
    ),
  result: {
    description:
      'UpdateContactAttributesSuccess, or the documented error that prevented the update. InvalidRequestError: Connect refused the merge, e.g. past the 32,768-byte total with the attributes already stored. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect merged the attributes into the chain. Select `contact { attributes { key value } }` to read them back (one DescribeContact call, made only when selected).',
    fields: (t) => ({
      contactId: t.exposeID('contactId', {
        description: 'The contact the attributes were written through: initialContactId, as given in the input.',
      }),
      initialContactId: t.exposeID('contactId', {
        description: 'The initial contact id of the chain, as given in the input.',
      }),
    }),
  },
});
