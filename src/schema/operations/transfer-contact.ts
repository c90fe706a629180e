import { TransferContactCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';
import { withNewContact } from './new-contact.ts';
import { TRANSFER_LIMITS as L, transferContactConstraints } from './transfer-contact-constraints.ts';

// Amazon Connect TransferContact: hands a task or email to another queue or agent, as a new contact.

const TransferContactInput = builder.inputType('TransferContactInput', {
  description:
    'Which contact, the flow that takes it there, and where it goes: exactly one of queueId and userId (both or neither is an InvalidRequestError, and nothing is sent to Connect). Every violated limit is reported at once as an InvalidParameterError.',
  validate: transferContactConstraints,
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'an active TASK or EMAIL contact, transferred fewer than 11 times (another channel or an ended contact: InvalidRequestError; the 12th transfer: ServiceQuotaExceededError)',
    ),
    contactFlowId: t.id({
      required: true,
      description: `The id of the flow that takes the contact to its destination: an inbound, transfer-to-agent or transfer-to-queue flow (at most ${L.contactFlowId.max} characters).`,
    }),
    queueId: t.id({ description: 'The queue to transfer to (Connect documents no length limit). Not with userId.' }),
    userId: t.id({
      description: `The agent to transfer to: the user's id or ARN (${L.userId.min} to ${L.userId.max} characters). Not with queueId.`,
    }),
    clientToken: t.string({
      description: `An idempotency token of your choice (at most ${L.clientToken.max} characters): a repeated request with the same token and members is done once and answers the first answer again; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries, so send your own whenever you may retry the request yourself (after a timeout or an InternalServiceError).`,
    }),
  }),
});

defineOperation({
  name: 'transferContact',
  description:
    'Transfers an active task or email contact to another queue or agent (Amazon Connect TransferContact). Connect continues it as a new contact, whose id the success answers. Expected failures are members of the result union.',
  input: {
    type: TransferContactInput,
    description: 'Which contact, the flow, and the queue or agent; TransferContactInput lists the rules.',
  },
  // Connect's default quota for TransferContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:write',
  errors: [
    'InvalidRequestException',
    'IdempotencyException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ServiceQuotaExceededException',
    'ThrottlingException',
    'InternalServiceException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: {
    instanceId: 'key',
    contactId: 'key',
    // The flow, the destination queue or agent show on the new contact at most, never on this one.
    contactFlowId: 'withheld',
    queueId: 'withheld',
    userId: 'withheld',
    // An idempotency token: no read shows it, and whoever holds it can replay the transfer's answer.
    clientToken: 'withheld',
  },
  resources: (input) => resourceFields(input, ['contactFlowId', 'queueId', 'userId']),
  refuse: ({ queueId, userId }) =>
    queueId != null && userId != null
      ? 'Give queueId or userId, not both.'
      : queueId == null && userId == null
        ? 'Give queueId or userId: where the contact goes.'
        : undefined,
  send: async (connect, input) => {
    const output = await connect.send(
      new TransferContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        ContactFlowId: input.contactFlowId,
        QueueId: input.queueId ?? undefined,
        UserId: input.userId ?? undefined,
        // Undefined: the SDK fills in a token (an idempotency token in Connect's model) for its retries.
        ClientToken: input.clientToken ?? undefined,
      }),
    );
    return withNewContact(output, 'TransferContact');
  },
  result: {
    description:
      'TransferContactSuccess, or the documented error that prevented the transfer. InvalidRequestError: not a task or email, not active, or not exactly one of queueId and userId; ServiceQuotaExceededError: transferred 11 times already; IdempotencyError: the clientToken was used for another request. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later, with the same clientToken). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect transferred the contact, which continues as a new contact: contactId and contactArn name it, and `contact` reads it back.',
    contact: (output, acted) => ({ instanceId: acted.instanceId, contactId: output.ContactId }),
    fields: (t) => ({
      contactId: t.exposeID('contactId', { description: 'The id of the new contact the transfer created.' }),
      contactArn: t.string({
        description: 'The ARN of the new contact the transfer created.',
        resolve: (payload) => payload.output.ContactArn,
      }),
    }),
  },
});
