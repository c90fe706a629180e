import { assertInstanceAllowed } from '../../auth/instance-access.ts';
import { DESCRIBE_CONTACT_ERRORS } from '../../connect/contacts.ts';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { CONTACT_KEY_LIMITS as L } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { errorTypes } from '../errors.ts';
import { Contact, loadContact } from './contact.ts';

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
      types: errorTypes(DESCRIBE_CONTACT_ERRORS),
      directResult: true,
      union: {
        name: 'ContactResult',
        description:
          'The contact, or why it could not be read: every member but Contact implements Error (select `... on Error { message }`).',
      },
    },
    resolve: (_root, { instanceId, contactId }, context) => {
      assertInstanceAllowed(context, instanceId);
      return loadContact(context.loaders, { instanceId, contactId });
    },
  }),
);
