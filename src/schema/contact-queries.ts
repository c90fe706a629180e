import { builder } from './builder.ts';
import { Contact, loadContact } from './contact.ts';
import { CONNECT_ERROR_CLASSES } from './errors.ts';

builder.queryField('contact', (t) =>
  t.field({
    type: Contact,
    description: 'Reads one contact (Amazon Connect DescribeContact). Not found is a result, not an exception.',
    args: {
      instanceId: t.arg.id({ required: true }),
      contactId: t.arg.id({ required: true }),
    },
    errors: { types: CONNECT_ERROR_CLASSES, directResult: true, union: { name: 'ContactResult' } },
    resolve: (_root, args, context) =>
      loadContact(context.loaders, { instanceId: String(args.instanceId), contactId: String(args.contactId) }),
  }),
);
