import { DismissUserContactCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';

// Amazon Connect DismissUserContact: clears a finished contact from an agent's Contact Control Panel.

// The model sets no limit on this UserId, but the SDK puts it in the URL path: an empty one cannot
// be sent, and "." or ".." would be read as path segments. Refused here, as contact-key.ts does.
const userIdSchema = fromModel('DismissUserContact', 'UserId').refine(
  (value) => value.length > 0 && value !== '.' && value !== '..',
  { message: 'must not be empty, "." or ".." (it is a URL path segment)' },
);

const DismissUserContactInput = builder.inputType('DismissUserContactInput', {
  description:
    'Which agent, and which of their contacts to dismiss. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: contactKeySchema.extend({ userId: userIdSchema }),
  fields: (t) => ({
    ...contactKeyFields(
      t,
      "one of the agent's contacts in state MISSED, ERROR, ENDED or REJECTED (another agent's, one in progress, or one dismissed already: InvalidRequestError)",
    ),
    userId: t.id({
      required: true,
      description:
        'The agent whose contact it is: the user\'s id (Connect\'s model sets no length; empty, "." and ".." are refused, as it travels in the URL path).',
    }),
  }),
});

defineOperation({
  name: 'dismissUserContact',
  description:
    "Dismisses a contact from an agent's Contact Control Panel once it is MISSED, ERROR, ENDED or REJECTED, so the agent can take the next one (Amazon Connect DismissUserContact). Expected failures are members of the result union.",
  input: {
    type: DismissUserContactInput,
    description: 'Which agent and contact; DismissUserContactInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give DismissUserContact no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:assign',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'AccessDeniedException',
    'InternalServiceException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  // The agent shows as `agent { id }` on a read; the input's name for it is not a Contact field.
  events: { instanceId: 'key', contactId: 'key', userId: 'withheld' },
  resources: (input) => resourceFields(input, ['userId']),
  send: (connect, input) =>
    connect.send(
      new DismissUserContactCommand({
        InstanceId: input.instanceId,
        UserId: input.userId,
        ContactId: input.contactId,
      }),
    ),
  result: {
    description:
      "DismissUserContactSuccess, or the documented error that prevented it. InvalidRequestError: not one of the agent's contacts, still in progress, or dismissed already. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.",
  },
  success: { description: "The contact is off the agent's Contact Control Panel." },
});
