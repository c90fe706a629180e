import { UPDATE_CONTACT_LIMITS as L } from '../validation/limits.ts';
import { updateContactInputSchema } from '../validation/update-contact-input.ts';
import { builder } from './builder.ts';
import { ReferenceType } from './reference-type.ts';

export const ContactReferenceInput = builder.inputType('ContactReferenceInput', {
  description: 'One entry of the contact\'s References map.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The reference name, unique within the input (${L.referenceKey.min} to ${L.referenceKey.max} characters).`,
    }),
    type: t.field({ type: ReferenceType, required: true }),
    value: t.string({
      required: true,
      description: `The reference value (at most ${L.referenceValue.max} characters).`,
    }),
  }),
});

export const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description:
    'What to change on a contact. Omitted or null fields are left unchanged; an empty string clears the field. At least one of name, description, references must be given. Lengths count Unicode code points.',
  // One schema for the whole input, so that every violation is reported at once.
  validate: updateContactInputSchema,
  fields: (t) => ({
    instanceId: t.id({
      required: true,
      description: `The Connect instance id (${L.instanceId.min} to ${L.instanceId.max} characters).`,
    }),
    contactId: t.id({
      required: true,
      description: `The contact id (${L.contactId.min} to ${L.contactId.max} characters). Works for ongoing and completed contacts.`,
    }),
    name: t.string({ description: `The new name (at most ${L.name.max} characters).` }),
    description: t.string({ description: `The new description (at most ${L.description.max} characters).` }),
    references: t.field({
      type: [ContactReferenceInput],
      description: 'References to set, as a list of unique keys (Connect\'s References map).',
    }),
  }),
});
