import { z } from 'zod';
import { UPDATE_CONTACT_LIMITS as L } from '../validation/limits.ts';
import { connectString } from '../validation/strings.ts';
import { builder } from './builder.ts';
import { Contact, loadContact } from './contact.ts';
import { CONNECT_ERROR_CLASSES } from './errors.ts';

// DescribeContact documents the same id limits as UpdateContact; checking them here answers
// InvalidParameterError (paths ["instanceId"], ["contactId"]) without a call to Connect.
const contactArgsSchema = z.object({
  instanceId: connectString(L.instanceId.min, L.instanceId.max),
  contactId: connectString(L.contactId.min, L.contactId.max),
});

builder.queryField('contact', (t) =>
  t.field({
    type: Contact,
    description:
      'Reads one contact (Amazon Connect DescribeContact). Expected failures are members of the result union: an unknown instance or contact is ResourceNotFoundError, ids outside their limits are InvalidParameterError.',
    args: {
      instanceId: t.arg.id({
        required: true,
        description: `The Connect instance id (${L.instanceId.min} to ${L.instanceId.max} characters).`,
      }),
      contactId: t.arg.id({
        required: true,
        description: `The contact id (${L.contactId.min} to ${L.contactId.max} characters); ongoing and completed contacts.`,
      }),
    },
    validate: contactArgsSchema,
    errors: { types: CONNECT_ERROR_CLASSES, directResult: true, union: { name: 'ContactResult' } },
    resolve: (_root, args, context) =>
      loadContact(context.loaders, { instanceId: String(args.instanceId), contactId: String(args.contactId) }),
  }),
);
