import { type Reference, UpdateContactCommand } from '@aws-sdk/client-connect';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { ReferenceStatus, ReferenceType } from '../contact/reference-type.ts';
import { defineOperation } from '../define-operation.ts';
import {
  SEGMENT_ATTRIBUTE_LIMITS as S,
  type SegmentAttributeShape,
  toSegmentAttributes,
} from './segment-attributes-constraints.ts';
import { UPDATE_CONTACT_LIMITS as L, updateContactConstraints } from './update-contact-constraints.ts';

// Amazon Connect UpdateContact: sets a contact's name, description and references.

export const ContactReferenceInput = builder.inputType('ContactReferenceInput', {
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
      description: `The reference value (${L.referenceValue.min} to ${L.referenceValue.max} characters), e.g. the URL of a URL reference. Omitted or null: not sent (Connect's model requires only the type).`,
    }),
    status: t.field({
      type: ReferenceStatus,
      description: 'The status of the reference, e.g. of an attachment. Omitted or null: not sent.',
    }),
    arn: t.string({
      description: `The ARN of the referenced resource, e.g. an attachment (${L.referenceArn.min} to ${L.referenceArn.max} characters, starting with letters, digits, "-", ":" or "/"). Omitted or null: not sent.`,
    }),
    statusReason: t.string({
      description: `Why the reference has its status (${L.referenceStatusReason.min} to ${L.referenceStatusReason.max} characters). Omitted or null: not sent.`,
    }),
  }),
});

/** A references input as Connect's References map (by key); null fields are not sent. */
export const toReferences = (references: readonly (typeof ContactReferenceInput.$inferInput)[]) =>
  Object.fromEntries(
    references.map((r): [string, Reference] => [
      r.key,
      {
        Type: r.type,
        Value: r.value ?? undefined,
        Status: r.status ?? undefined,
        Arn: r.arn ?? undefined,
        StatusReason: r.statusReason ?? undefined,
      },
    ]),
  );

export const SegmentAttributeInput = builder.inputRef<SegmentAttributeShape>('SegmentAttributeInput').implement({
  description:
    'One segment attribute to set on the contact (Amazon Connect SegmentAttributes): a key and exactly one of valueString, valueInteger, valueArn, valueJson (otherwise an InvalidParameterError at the entry).',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The attribute name (${S.key.min} to ${S.key.max} characters), unique within the input. Connect refuses system attributes ("connect:…") other than connect:ContactExpiry.`,
    }),
    valueString: t.string({
      description: `A string value (${S.valueString.min} to ${S.valueString.max} characters).`,
    }),
    valueInteger: t.int({ description: 'An integer value.' }),
    valueArn: t.string({ description: `An ARN value (${S.valueArn.min} to ${S.valueArn.max} characters).` }),
    valueJson: t.string({
      description:
        'A map or list value, as JSON text exactly as Contact.segmentAttributes.valueJson answers it: an object is a ValueMap, an array a ValueList, each nested value a segment attribute value such as {"ValueString": "x"}.',
    }),
  }),
});

const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description:
    'What to change on a contact. Omitted or null fields are left unchanged and not sent; an empty string clears the field. At least one of name, description, references, segmentAttributes must be given (otherwise InvalidRequestError). Lengths count Unicode code points, as Connect does (512 emoji are 512 characters). Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
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
      description: `References to set, as a list with unique keys (sent to Connect as its References map); their keys, values, ARNs and status reasons together at most ${L.referencesTotalBytes} bytes of UTF-8. Omitted, null or an empty list: references unchanged (an empty list alone is "nothing to update").`,
    }),
    segmentAttributes: t.field({
      type: [SegmentAttributeInput],
      description:
        'Segment attributes to set, as a list with unique keys (sent to Connect as its SegmentAttributes map). Omitted, null or an empty list: unchanged (an empty list alone is "nothing to update").',
    }),
  }),
});

export const updateContact = defineOperation({
  name: 'updateContact',
  description:
    "Sets a contact's name, description, references and/or segment attributes (Amazon Connect UpdateContact). Expected failures are members of the result union.",
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
  customerData: ['name', 'description', 'references', 'segmentAttributes'],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: {
    instanceId: 'key',
    contactId: 'key',
    name: 'change',
    description: 'change',
    references: 'change',
    segmentAttributes: 'change',
  },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  refuse: ({ name, description, references, segmentAttributes }) =>
    name == null && description == null && !references?.length && !segmentAttributes?.length
      ? 'Nothing to update: give at least one of name, description, references, segmentAttributes.'
      : undefined,
  // Null or omitted fields are not sent (Connect leaves them unchanged); "" is sent and clears one.
  send: (connect, input) =>
    connect.send(
      new UpdateContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        Name: input.name ?? undefined,
        Description: input.description ?? undefined,
        References: input.references?.length ? toReferences(input.references) : undefined,
        SegmentAttributes: input.segmentAttributes?.length ? toSegmentAttributes(input.segmentAttributes) : undefined,
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
