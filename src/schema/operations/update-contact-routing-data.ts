import { UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { withExactQueuePriority } from '../../connect/exact-queue-priority.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { Long } from '../long.ts';
import { contactKeyFields } from './contact-key-fields.ts';
import { RoutingCriteriaInput, routingCriteriaAgentIds, toRoutingCriteria } from './routing-criteria-input.ts';
import {
  ROUTING_DATA_LIMITS as L,
  updateContactRoutingDataConstraints,
} from './update-contact-routing-data-constraints.ts';

// Amazon Connect UpdateContactRoutingData: moves a queued contact up or down its queue.

const UpdateContactRoutingDataInput = builder.inputType('UpdateContactRoutingDataInput', {
  description:
    'A new place in its queue for a contact waiting in one, and/or new routing criteria: at most one of queuePriority and queueTimeAdjustmentSeconds, and at least one of the three (otherwise an InvalidParameterError). Every violated limit is reported at once, and nothing is sent to Connect.',
  validate: updateContactRoutingDataConstraints,
  fields: (t) => ({
    ...contactKeyFields(t, 'a contact waiting in a queue (otherwise Connect answers ResourceConflictError)'),
    queuePriority: t.field({
      type: Long,
      description: `The contact's priority in its queue, ${L.queuePriority.min} to ${L.queuePriority.max} (a 64-bit integer, kept exact; a string of digits or an integer literal): a lower number is routed first; Connect's default is 5.`,
    }),
    queueTimeAdjustmentSeconds: t.int({
      description:
        'Seconds to add to the time the contact has waited, as routing sees it (negative: subtract): an older contact is routed sooner within its priority. Changes its place in the queue, not its reported wait time.',
    }),
    routingCriteria: t.field({
      type: RoutingCriteriaInput,
      description: 'New routing criteria: which agents may take the contact, step by step. Replaces the current ones.',
    }),
  }),
});

defineOperation({
  name: 'updateContactRoutingData',
  description:
    'Changes the routing priority, routing age and/or routing criteria of a contact waiting in a queue (Amazon Connect UpdateContactRoutingData). Expected failures are members of the result union.',
  input: {
    type: UpdateContactRoutingDataInput,
    description:
      'Which contact, and its new priority, age adjustment or routing criteria; UpdateContactRoutingDataInput lists the rules.',
  },
  // Connect's default quota for UpdateContactRoutingData (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 20, burst: 25 },
  scope: 'contacts:write',
  errors: [
    'ResourceConflictException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'ThrottlingException',
    'AccessDeniedException',
    'InvalidActiveRegionException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: {
    instanceId: 'key',
    contactId: 'key',
    queuePriority: 'change',
    queueTimeAdjustmentSeconds: 'change',
    // Its agent ids are the contact's own routing criteria, which a read of the contact shows.
    routingCriteria: 'change',
  },
  // Agents of routing criteria are users, by id or ARN.
  resources: ({ routingCriteria }) => (routingCriteria == null ? [] : routingCriteriaAgentIds(routingCriteria)),
  send: (connect, { instanceId, contactId, queuePriority, queueTimeAdjustmentSeconds, routingCriteria }) => {
    const input = {
      InstanceId: instanceId,
      ContactId: contactId,
      QueueTimeAdjustmentSeconds: queueTimeAdjustmentSeconds ?? undefined,
      RoutingCriteria: routingCriteria == null ? undefined : toRoutingCriteria(routingCriteria),
    };
    // The SDK's QueuePriority is a number: past 2^53 only the exact digits do (exact-queue-priority.ts).
    return connect.send(
      new UpdateContactRoutingDataCommand(queuePriority == null ? input : withExactQueuePriority(input, queuePriority)),
    );
  },
  result: {
    description:
      'UpdateContactRoutingDataSuccess, or the documented error that prevented the change. ResourceConflictError: the contact is not waiting in a queue. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect accepted the new routing data. Select `contact` to read the contact back (queuePriority, queueTimeAdjustmentSeconds, routingCriteria).',
  },
});
