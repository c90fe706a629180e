import { ResumeContactCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { defineOperation } from '../define-operation.ts';
import { flowControlInput, flowControlRequest } from './flow-control-input.ts';

// Amazon Connect ResumeContact: continues a task that pauseContact parked.

const ResumeContactInput = flowControlInput('ResumeContactInput', {
  description: 'Which paused task to resume.',
  contact: 'a paused task (another channel: InvalidRequestError; not paused: ConflictError)',
});

defineOperation({
  name: 'resumeContact',
  description:
    'Resumes a paused task contact: it goes back to where it was paused, its queue or its agent (Amazon Connect ResumeContact). Expected failures are members of the result union.',
  input: { type: ResumeContactInput, description: 'Which task to resume; ResumeContactInput lists the limits.' },
  // Connect's default quota for ResumeContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:write',
  errors: [
    'AccessDeniedException',
    'InternalServiceException',
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'ConflictException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  // The flow to run: no read of a contact shows a flow id.
  events: { instanceId: 'key', contactId: 'key', contactFlowId: 'withheld' },
  resources: (input) => resourceFields(input, ['contactFlowId']),
  send: (connect, input) => connect.send(new ResumeContactCommand(flowControlRequest(input))),
  result: {
    description:
      'ResumeContactSuccess, or the documented error that prevented it. InvalidRequestError: not a task; ConflictError: the task is not paused. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'The task is resumed. Select `contact` to read it back (lastResumedTimestamp, totalPauseDurationInSeconds).',
  },
});
