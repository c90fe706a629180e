import { contactKeySchema } from '../validation/contact-key.ts';
import { UPDATE_CONTACT_LIMITS as L } from '../validation/limits.ts';
import { assertInstanceAllowed } from '../auth/instance-access.ts';
import { builder } from './builder.ts';
import { Contact, loadContact } from './contact.ts';
import { CONNECT_ERROR_CLASSES } from './errors.ts';

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
    // Ids outside their limits answer InvalidParameterError without a call to Connect.
    validate: contactKeySchema,
    authScopes: { 'contacts:read': true },
    errors: {
      types: CONNECT_ERROR_CLASSES,
      directResult: true,
      union: {
        name: 'ContactResult',
        description:
          'The contact, or why it could not be read: every member but Contact implements Error (select `... on Error { message }`).',
      },
    },
    resolve: (_root, args, context) => {
      assertInstanceAllowed(context, String(args.instanceId));
      return loadContact(context.loaders, { instanceId: String(args.instanceId), contactId: String(args.contactId) });
    },
  }),
);
