import type { ChangedField, ContactChangeEvent } from '../../subscriptions/contact-change.ts';
import { builder } from '../builder.ts';
import { JSONResolver } from '../scalars.ts';

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value: a string, number, boolean, null, list or object.',
});

export const ContactFieldChange = builder.objectRef<ChangedField>('ContactFieldChange').implement({
  description:
    'One input field of the mutation and the value it was given, as the client sent it. One type for every mutation, whatever its input: `field` names the input field, `value` carries its value as JSON.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description:
        "The input field's name in the mutation's input type, e.g. `name`, `references`, `attributes`, `tags`, `queuePriority`.",
    }),
    value: t.field({
      type: 'JSON',
      description:
        'The value as sent: strings, numbers and booleans as given; lists and input objects as JSON arrays and objects with the input field names (`references` → `[{ "key", "type", "value" }]`); a DateTime as an RFC 3339 string; a Long as a string of digits.',
      resolve: (change) => change.value,
    }),
  }),
});

export const ContactChange = builder.objectRef<ContactChangeEvent>('ContactChange').implement({
  description:
    'A contact mutation that succeeded, through any replica of the gateway. It carries what the mutation sent, not the contact read again: to show fields the change does not carry, read `Query.contact`.',
  fields: (t) => ({
    instanceId: t.exposeID('instanceId', { description: 'The Connect instance id.' }),
    contactId: t.exposeID('contactId', {
      description: 'The contact the mutation acted on (for updateContactAttributes, its `initialContactId`).',
    }),
    operation: t.exposeString('operation', {
      description: 'The mutation that made the change, e.g. `updateContact`, `tagContact`, `transferContact`.',
    }),
    changes: t.field({
      type: [ContactFieldChange],
      description:
        "The mutation's input fields but the ids that name the contact, each with its new value as sent. Fields omitted or null were left unchanged and are not listed, nor are empty lists.",
      resolve: (change) => change.changes,
    }),
    changedAt: t.field({
      type: 'DateTime',
      description: 'When Connect answered the mutation, by the clock of the gateway replica that sent it.',
      resolve: (change) => new Date(change.changedAt),
    }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The AWS request id of the Connect call.' }),
  }),
});
