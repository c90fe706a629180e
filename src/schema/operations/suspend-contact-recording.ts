import { SuspendContactRecordingCommand } from '@aws-sdk/client-connect';
import { defineOperation } from '../define-operation.ts';
import { RECORDING_ERRORS, RECORDING_EVENTS, recordingInput, recordingRequest } from './contact-recording-input.ts';

// Amazon Connect SuspendContactRecording.

const SuspendContactRecordingInput = recordingInput(
  'SuspendContactRecordingInput',
  'SuspendContactRecording',
  'Which voice contact, its chain, and optionally which recording.',
  'an active VOICE contact whose recording is in progress (another channel, an ended contact or no recording in progress: InvalidRequestError)',
);

defineOperation({
  name: 'suspendContactRecording',
  description:
    'Suspends the recording of a voice contact, e.g. while the customer gives a card number; the paused time is silence in the recording (Amazon Connect SuspendContactRecording). Only a recording in progress can be suspended (else InvalidRequestError). Expected failures are members of the result union.',
  input: {
    type: SuspendContactRecordingInput,
    description: 'Which contact and recording; SuspendContactRecordingInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give SuspendContactRecording no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:recording',
  errors: RECORDING_ERRORS,
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: RECORDING_EVENTS,
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) => connect.send(new SuspendContactRecordingCommand(recordingRequest(input))),
  result: {
    description:
      'SuspendContactRecordingSuccess, or the documented error that prevented it. InvalidRequestError: not an active voice contact of that chain, or no recording in the state this needs. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'The recording is suspended; resumeContactRecording continues it. Select `contact` to read the contact back.',
  },
});
