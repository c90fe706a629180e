import {
  IvrRecordingTrack as SdkIvrRecordingTrack,
  type VoiceRecordingTrack as SdkVoiceRecordingTrack,
  StartContactRecordingCommand,
} from '@aws-sdk/client-connect';
import { z } from 'zod';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { fromModelEnum } from '../../validation/model-enum.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';
import { recordingKeySchema } from './contact-recording-input.ts';

// Amazon Connect StartContactRecording: starts recording a voice contact, from now on.

const VoiceRecordingTrack = builder.enumType('VoiceRecordingTrack', {
  description: "Which side of the agent's conversation to record (Amazon Connect VoiceRecordingTrack).",
  values: {
    FROM_AGENT: { value: 'FROM_AGENT', description: 'What the agent says.' },
    TO_AGENT: { value: 'TO_AGENT', description: 'What the agent hears.' },
    ALL: { value: 'ALL', description: 'Both sides.' },
  } satisfies Record<SdkVoiceRecordingTrack, { value: SdkVoiceRecordingTrack; description: string }>,
});

const IvrRecordingTrack = builder.enumType('IvrRecordingTrack', {
  description: 'Which part of the IVR to record (Amazon Connect IvrRecordingTrack).',
  values: {
    ALL: { value: SdkIvrRecordingTrack.ALL, description: 'All of it.' },
  },
});

const VoiceRecordingConfigurationInput = builder.inputType('VoiceRecordingConfigurationInput', {
  description:
    'What to record: the agent conversation, the IVR, or both. Naming neither records nothing: InvalidRequestError, without a call.',
  fields: (t) => ({
    voiceRecordingTrack: t.field({ type: VoiceRecordingTrack, description: "The agent conversation's tracks." }),
    ivrRecordingTrack: t.field({ type: IvrRecordingTrack, description: 'The IVR.' }),
  }),
});

const StartContactRecordingInput = builder.inputType('StartContactRecordingInput', {
  description:
    'Which voice contact, its chain, and what to record. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: recordingKeySchema.extend({
    voiceRecordingConfiguration: z.object({
      voiceRecordingTrack: fromModelEnum(
        'StartContactRecording',
        'VoiceRecordingConfiguration.VoiceRecordingTrack',
      ).nullish(),
      ivrRecordingTrack: fromModelEnum(
        'StartContactRecording',
        'VoiceRecordingConfiguration.IvrRecordingTrack',
      ).nullish(),
    }),
  }),
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'an active VOICE contact not recorded yet on the tracks named (another channel, an ended contact, or a track already started, suspended or stopped: InvalidRequestError)',
    ),
    initialContactId: t.id({
      required: true,
      description: `The id of the first contact of the contact's chain (${K.contactId.min} to ${K.contactId.max} characters): \`Contact.initialContactId\`. Another chain's id is an InvalidRequestError.`,
    }),
    voiceRecordingConfiguration: t.field({
      type: VoiceRecordingConfigurationInput,
      required: true,
      description: 'What to record.',
    }),
  }),
});

defineOperation({
  name: 'startContactRecording',
  description:
    'Starts recording a voice contact from now on (Amazon Connect StartContactRecording). A track that was started once, even if stopped since, cannot be started again (InvalidRequestError). Expected failures are members of the result union.',
  input: {
    type: StartContactRecordingInput,
    description: 'Which contact, and what to record; StartContactRecordingInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give StartContactRecording no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:recording',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    // Not in the model's list, but Connect throttles every API with a 429.
    'ThrottlingException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  // The chain's id is shown by every read of the contact; it names, it does not change.
  events: { instanceId: 'key', contactId: 'key', initialContactId: 'withheld', voiceRecordingConfiguration: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  refuse: ({ voiceRecordingConfiguration: c }) =>
    c.voiceRecordingTrack == null && c.ivrRecordingTrack == null
      ? 'Name voiceRecordingTrack, ivrRecordingTrack or both: what to record.'
      : undefined,
  send: (connect, input) =>
    connect.send(
      new StartContactRecordingCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        InitialContactId: input.initialContactId,
        VoiceRecordingConfiguration: {
          VoiceRecordingTrack: input.voiceRecordingConfiguration.voiceRecordingTrack ?? undefined,
          IvrRecordingTrack: input.voiceRecordingConfiguration.ivrRecordingTrack ?? undefined,
        },
      }),
    ),
  result: {
    description:
      'StartContactRecordingSuccess, or the documented error that prevented it. InvalidRequestError: not an active voice contact of that chain, a track already started, or no track named. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: { description: 'Connect records the contact from now on. Select `contact` to read the contact back.' },
});
