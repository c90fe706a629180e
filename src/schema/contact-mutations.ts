import { auditUpdateContact } from '../auth/audit-log.ts';
import { assertInstanceAllowed } from '../auth/instance-access.ts';
import { contactChanges, updateContact } from '../connect/contacts.ts';
import { InvalidRequestError } from '../connect/errors.ts';
import { builder } from './builder.ts';
import { Contact, loadContact } from './contact.ts';
import { CONNECT_ERROR_CLASSES } from './errors.ts';
import { UpdateContactInput } from './update-contact-input.ts';

interface UpdateContactPayload {
  instanceId: string;
  contactId: string;
  requestId: string | undefined;
}

export const UpdateContactSuccess = builder.objectRef<UpdateContactPayload>('UpdateContactSuccess').implement({
  description:
    'Connect accepted the update. Select `contact` to read the contact back (one DescribeContact call, made only when selected).',
  fields: (t) => ({
    instanceId: t.exposeID('instanceId', { description: 'The Connect instance id, as given in the input.' }),
    contactId: t.exposeID('contactId', { description: 'The contact id, as given in the input.' }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The AWS request id of the UpdateContact call.',
    }),
    contact: t.field({
      type: Contact,
      description: 'The contact as Connect describes it after the update; read only when selected.',
      // Checked before the read: a write-only token must not cause a DescribeContact call.
      authScopes: { 'contacts:read': true },
      resolve: (payload, _args, context) =>
        loadContact(context.loaders, { instanceId: payload.instanceId, contactId: payload.contactId }),
    }),
  }),
});

builder.mutationField('updateContact', (t) =>
  t.field({
    type: UpdateContactSuccess,
    description:
      'Sets a contact\'s name, description and/or references (Amazon Connect UpdateContact). Expected failures are members of the result union.',
    args: {
      input: t.arg({
        type: UpdateContactInput,
        required: true,
        description: 'Which contact, and what to change on it; UpdateContactInput lists the limits.',
      }),
    },
    authScopes: { 'contacts:write': true },
    errors: {
      types: CONNECT_ERROR_CLASSES,
      directResult: true,
      union: {
        name: 'UpdateContactResult',
        description:
          'UpdateContactSuccess, or the documented error that prevented the update. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later); the others need a different request. Select `... on Error { message }` to cover members added later.',
      },
    },
    resolve: async (_root, { input }, context) => {
      const changes = contactChanges(input);
      const key = { instanceId: String(input.instanceId), contactId: String(input.contactId) };
      const audited = { subject: context.identity.subject, ...key, fields: Object.keys(changes) };
      return auditUpdateContact(context.logger, audited, async () => {
        assertInstanceAllowed(context, key.instanceId);
        if (Object.keys(changes).length === 0)
          throw new InvalidRequestError('Nothing to update: give at least one of name, description, references.');
        const { requestId } = await updateContact(context.connect, key, changes);
        // A cached read from earlier in this request would show the old state.
        context.loaders.forgetContact(key);
        return { ...key, requestId };
      });
    },
  }),
);
