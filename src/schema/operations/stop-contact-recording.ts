import { StopContactRecordingCommand } from '@aws-sdk/client-connect';
import { defineOperation } from '../define-operation.ts';
import { RECORDING_ERRORS, RECORDING_EVENTS, recordingInput, recordingRequest } from './contact-recording-input.ts';

// Amazon Connect StopContactRecording.

const StopContactRecordingInput = recordingInput(
  'StopContactRecordingInput',
  'StopContactRecording',
  'Which voice contact, its chain, and optionally which recording.',
  'an active VOICE contact whose recording is in progress or suspended (another channel, an ended contact or no such recording: InvalidRequestError)',
);

defineOperation({
  name: 'stopContactRecording',
  description:
    'Stops the recording of a voice contact for good: it cannot be started again on this contact (Amazon Connect StopContactRecording). Only a recording in progress or suspended can be stopped (else InvalidRequestError). Expected failures are members of the result union.',
  input: {
    type: StopContactRecordingInput,
    description: 'Which contact and recording; StopContactRecordingInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give StopContactRecording no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:recording',
  errors: RECORDING_ERRORS,
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: RECORDING_EVENTS,
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) => connect.send(new StopContactRecordingCommand(recordingRequest(input))),
  result: {
    description:
      'StopContactRecordingSuccess, or the documented error that prevented it. InvalidRequestError: not an active voice contact of that chain, or no recording in the state this needs. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'The recording is stopped; it cannot be started again on this contact. Select `contact` to read the contact back.',
  },
});
