import { builder } from '../builder.ts';
import { Contact } from './contact.ts';
import { ContactTag } from './contact-parts.ts';

// The data a contact carries for others to read: the attributes of its chain and its tags. Both
// come from the contact's own DescribeContact answer, so they cost no call beyond the one the
// request's loader makes (batched and de-duplicated) for any field of the contact.

const ContactAttribute = builder.objectRef<[string, string]>('ContactAttribute').implement({
  description: 'One user-defined attribute of a contact chain, as set by flows or by updateContactAttributes.',
  fields: (t) => ({
    key: t.string({ description: 'The attribute key.', resolve: ([key]) => key }),
    value: t.string({ description: 'The attribute value; "" when it was cleared.', resolve: ([, value]) => value }),
  }),
});

const byKey = (map: Record<string, string> | undefined) =>
  Object.entries(map ?? {}).sort(([a], [b]) => a.localeCompare(b));

builder.objectFields(Contact, (t) => ({
  attributes: t.field({
    type: [ContactAttribute],
    description:
      "The user-defined attributes of the contact's chain, sorted by key; empty when none. They belong to the chain (keyed by `initialContactId`), so every segment shows the same ones. Read from DescribeContact's own Attributes, not with a GetContactAttributes call per contact: one read serves every field of the contact, and the read sees writes made earlier in the same request (updateContactAttributes forgets every segment of the chain it has read).",
    resolve: (c) => byKey(c.contact.Attributes),
  }),
  tags: t.field({
    type: [ContactTag],
    description:
      'The tags on the contact, sorted by key; empty when none. Includes the tags Connect adds itself (keys starting with "aws:", e.g. aws:connect:instanceId), which tagContact and untagContact cannot change.',
    resolve: (c) => byKey(c.contact.Tags),
  }),
}));
