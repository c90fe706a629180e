import { UpdateContactScheduleCommand } from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';
import { SCHEDULE_LIMITS as L, updateContactScheduleConstraints } from './update-contact-schedule-constraints.ts';

// Amazon Connect UpdateContactSchedule: moves a scheduled task to another time.

const UpdateContactScheduleInput = builder.inputType('UpdateContactScheduleInput', {
  description:
    'Which scheduled task, and when it should start. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: updateContactScheduleConstraints,
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'a task scheduled for later that has not started (otherwise Connect answers InvalidRequestError)',
    ),
    scheduledTime: t.field({
      type: 'DateTime',
      required: true,
      description: `When the task should start: not in the past and at most ${L.maxAheadDays} days ahead (both ends included), by the gateway's clock when the request arrives. Sent to Connect as epoch seconds.`,
    }),
  }),
});

defineOperation({
  name: 'updateContactSchedule',
  description:
    'Reschedules a task contact that is scheduled for later (Amazon Connect UpdateContactSchedule). Expected failures are members of the result union.',
  input: {
    type: UpdateContactScheduleInput,
    description: 'Which task, and its new time; UpdateContactScheduleInput lists the limits.',
  },
  // Connect's default quota for UpdateContactSchedule (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:write',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'LimitExceededException',
    'InternalServiceException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: { instanceId: 'key', contactId: 'key', scheduledTime: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) =>
    connect.send(
      new UpdateContactScheduleCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        ScheduledTime: input.scheduledTime,
      }),
    ),
  result: {
    description:
      'UpdateContactScheduleSuccess, or the documented error that prevented it. InvalidRequestError: the contact is not a task scheduled for later. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later); LimitExceededError is a limit of the instance, not the request rate. Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description: 'Connect accepted the new time. Select `contact` to read the contact back (scheduledTimestamp).',
  },
});
