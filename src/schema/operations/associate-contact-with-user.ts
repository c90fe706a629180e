import { AssociateContactWithUserCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';

// Amazon Connect AssociateContactWithUser: hands a queued contact to a chosen agent.

const USER_ID = modelLength('AssociateContactWithUser', 'UserId');

const AssociateContactWithUserInput = builder.inputType('AssociateContactWithUserInput', {
  description:
    'Which contact, and the agent to give it to. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: contactKeySchema.extend({ userId: fromModel('AssociateContactWithUser', 'UserId') }),
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'a queued contact of a channel other than VOICE (a voice contact or one not in a queue: InvalidRequestError)',
    ),
    userId: t.id({
      required: true,
      description: `The agent: the user's id or ARN (${USER_ID.min} to ${USER_ID.max} characters).`,
    }),
  }),
});

defineOperation({
  name: 'associateContactWithUser',
  description:
    'Gives a queued chat, task or email contact to a chosen agent, who then shows as its agent (Amazon Connect AssociateContactWithUser). Voice contacts cannot be associated. Expected failures are members of the result union.',
  input: {
    type: AssociateContactWithUserInput,
    description: 'Which contact, and the agent; AssociateContactWithUserInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give AssociateContactWithUser no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:assign',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'InternalServiceException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  // The agent shows as `agent { id }` on a read; the input's name for it is not a Contact field.
  events: { instanceId: 'key', contactId: 'key', userId: 'withheld' },
  resources: (input) => resourceFields(input, ['userId']),
  send: (connect, input) =>
    connect.send(
      new AssociateContactWithUserCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        UserId: input.userId,
      }),
    ),
  result: {
    description:
      'AssociateContactWithUserSuccess, or the documented error that prevented it. InvalidRequestError: a voice contact, or not in a queue. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: { description: 'The contact goes to the agent. Select `contact { agent { id } }` to read it back.' },
});
