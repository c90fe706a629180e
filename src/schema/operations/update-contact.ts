import { UpdateContactCommand } from '@aws-sdk/client-connect';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { ReferenceType } from '../contact/reference-type.ts';
import { defineOperation } from '../define-operation.ts';
import { UPDATE_CONTACT_LIMITS as L, updateContactConstraints } from './update-contact-constraints.ts';

// Amazon Connect UpdateContact: sets a contact's name, description and references.

const ContactReferenceInput = builder.inputType('ContactReferenceInput', {
  description: "One entry of the contact's References map: a named link, file, value or note shown with the contact.",
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The reference name, unique within the input (${L.referenceKey.min} to ${L.referenceKey.max} characters). A repeated key is an InvalidParameterError at the later entry.`,
    }),
    type: t.field({
      type: ReferenceType,
      required: true,
      description: "How Connect treats the value (any value of the SDK's ReferenceType).",
    }),
    value: t.string({
      required: true,
      description: `The reference value (${L.referenceValue.min} to ${L.referenceValue.max} characters), e.g. the URL of a URL reference.`,
    }),
  }),
});

const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description:
    'What to change on a contact. Omitted or null fields are left unchanged and not sent; an empty string clears the field. At least one of name, description, references must be given (otherwise InvalidRequestError). Lengths count Unicode code points, as Connect does (512 emoji are 512 characters). Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  // One schema for the whole input, so that every violation is reported at once.
  validate: updateContactConstraints,
  fields: (t) => ({
    instanceId: t.id({
      required: true,
      description: `The Connect instance id (${K.instanceId.min} to ${K.instanceId.max} characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError.`,
    }),
    contactId: t.id({
      required: true,
      description: `The contact id (${K.contactId.min} to ${K.contactId.max} characters). Works for ongoing and completed contacts.`,
    }),
    name: t.string({
      description: `The new name (${L.name.min} to ${L.name.max} characters). Omitted or null: unchanged; "": cleared.`,
    }),
    description: t.string({
      description: `The new description (${L.description.min} to ${L.description.max} characters). Omitted or null: unchanged; "": cleared.`,
    }),
    references: t.field({
      type: [ContactReferenceInput],
      description:
        'References to set, as a list with unique keys (sent to Connect as its References map). Omitted, null or an empty list: references unchanged (an empty list alone is "nothing to update").',
    }),
  }),
});

export const updateContact = defineOperation({
  name: 'updateContact',
  description:
    "Sets a contact's name, description and/or references (Amazon Connect UpdateContact). Expected failures are members of the result union.",
  input: {
    type: UpdateContactInput,
    description: 'Which contact, and what to change on it; UpdateContactInput lists the limits.',
  },
  scope: 'contacts:write',
  quota: { rate: 10, burst: 15 },
  errors: [
    'InvalidParameterException',
    'InvalidRequestException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'InternalServiceException',
    'AccessDeniedException',
    'ConflictException',
    'InvalidActiveRegionException',
  ],
  customerData: ['name', 'description', 'references'],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: { instanceId: 'key', contactId: 'key', name: 'change', description: 'change', references: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  refuse: ({ name, description, references }) =>
    name == null && description == null && !references?.length
      ? 'Nothing to update: give at least one of name, description, references.'
      : undefined,
  // Null or omitted fields are not sent (Connect leaves them unchanged); "" is sent and clears one.
  send: (connect, input) =>
    connect.send(
      new UpdateContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        Name: input.name ?? undefined,
        Description: input.description ?? undefined,
        References: input.references?.length
          ? Object.fromEntries(input.references.map((r) => [r.key, { Type: r.type, Value: r.value }]))
          : undefined,
      }),
    ),
  result: {
    description:
      'UpdateContactSuccess, or the documented error that prevented the update. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later); the others need a different request. Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect accepted the update. Select `contact` to read the contact back (one DescribeContact call, made only when selected).',
  },
});
