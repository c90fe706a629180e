import { PauseContactCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { defineOperation } from '../define-operation.ts';
import { flowControlInput, flowControlRequest } from './flow-control-input.ts';

// Amazon Connect PauseContact: parks an ongoing task until resumeContact.

const PauseContactInput = flowControlInput('PauseContactInput', {
  description: 'Which task to pause.',
  contact:
    'an ongoing task that is not paused nor scheduled for later (another channel: InvalidRequestError; another state: ConflictError)',
});

defineOperation({
  name: 'pauseContact',
  description:
    'Pauses an ongoing task contact, e.g. while waiting on someone else; resumeContact continues it (Amazon Connect PauseContact). A task can be paused at most 10 times (then LimitExceededError). Expected failures are members of the result union.',
  input: { type: PauseContactInput, description: 'Which task to pause; PauseContactInput lists the limits.' },
  // Connect's default quota for PauseContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:write',
  errors: [
    'AccessDeniedException',
    'InternalServiceException',
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'LimitExceededException',
    'ConflictException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  // The flow to run: no read of a contact shows a flow id.
  events: { instanceId: 'key', contactId: 'key', contactFlowId: 'withheld' },
  resources: (input) => resourceFields(input, ['contactFlowId']),
  send: (connect, input) => connect.send(new PauseContactCommand(flowControlRequest(input))),
  result: {
    description:
      'PauseContactSuccess, or the documented error that prevented the pause. InvalidRequestError: not a task; ConflictError: already paused, scheduled for later or ended; LimitExceededError: paused 10 times already. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description: 'The task is paused. Select `contact` to read it back (totalPauseCount, lastPausedTimestamp).',
  },
});
