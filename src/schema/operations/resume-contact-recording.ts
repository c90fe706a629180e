import { ResumeContactRecordingCommand } from '@aws-sdk/client-connect';
import { defineOperation } from '../define-operation.ts';
import { RECORDING_ERRORS, RECORDING_EVENTS, recordingInput, recordingRequest } from './contact-recording-input.ts';

// Amazon Connect ResumeContactRecording.

const ResumeContactRecordingInput = recordingInput(
  'ResumeContactRecordingInput',
  'ResumeContactRecording',
  'Which voice contact, its chain, and optionally which recording.',
  'an active VOICE contact whose recording is suspended (another channel, an ended contact or no suspended recording: InvalidRequestError)',
);

defineOperation({
  name: 'resumeContactRecording',
  description:
    'Resumes a suspended recording of a voice contact (Amazon Connect ResumeContactRecording). Only a suspended recording can be resumed (else InvalidRequestError). Expected failures are members of the result union.',
  input: {
    type: ResumeContactRecordingInput,
    description: 'Which contact and recording; ResumeContactRecordingInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give ResumeContactRecording no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:recording',
  errors: RECORDING_ERRORS,
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: RECORDING_EVENTS,
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) => connect.send(new ResumeContactRecordingCommand(recordingRequest(input))),
  result: {
    description:
      'ResumeContactRecordingSuccess, or the documented error that prevented it. InvalidRequestError: not an active voice contact of that chain, or no recording in the state this needs. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: { description: 'The recording continues. Select `contact` to read the contact back.' },
});
