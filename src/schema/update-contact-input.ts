import { UPDATE_CONTACT_LIMITS as L } from '../validation/limits.ts';
import { updateContactInputSchema } from '../validation/update-contact-input.ts';
import { builder } from './builder.ts';
import { ReferenceType } from './reference-type.ts';

export const ContactReferenceInput = builder.inputType('ContactReferenceInput', {
  description:
    'One entry of the contact\'s References map: a named link, file, value or note shown with the contact.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The reference name, unique within the input (${L.referenceKey.min} to ${L.referenceKey.max} characters). A repeated key is an InvalidParameterError at the later entry.`,
    }),
    type: t.field({
      type: ReferenceType,
      required: true,
      description: 'How Connect treats the value (any value of the SDK\'s ReferenceType).',
    }),
    value: t.string({
      required: true,
      description: `The reference value (${L.referenceValue.min} to ${L.referenceValue.max} characters), e.g. the URL of a URL reference.`,
    }),
  }),
});

export const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description:
    'What to change on a contact. Omitted or null fields are left unchanged and not sent; an empty string clears the field. At least one of name, description, references must be given (otherwise InvalidRequestError). Lengths count Unicode code points, as Connect does (512 emoji are 512 characters). Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  // One schema for the whole input, so that every violation is reported at once.
  validate: updateContactInputSchema,
  fields: (t) => ({
    instanceId: t.id({
      required: true,
      description: `The Connect instance id (${L.instanceId.min} to ${L.instanceId.max} characters), as in the instance ARN. An instance outside the gateway\'s allow-list is an AccessDeniedError.`,
    }),
    contactId: t.id({
      required: true,
      description: `The contact id (${L.contactId.min} to ${L.contactId.max} characters). Works for ongoing and completed contacts.`,
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
