import type { ContactRecordingType as SdkContactRecordingType } from '@aws-sdk/client-connect';
import type { ConnectExceptionName } from '../../connect/exceptions.ts';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { fromModel } from '../../validation/model-constraints.ts';
import { fromModelEnum } from '../../validation/model-enum.ts';
import { builder } from '../builder.ts';
import { contactKeyFields } from './contact-key-fields.ts';

// What the four recording operations share: the contact, its chain, and which recording.

export const ContactRecordingType = builder.enumType('ContactRecordingType', {
  description: 'Which recording of a voice contact (Amazon Connect ContactRecordingType).',
  values: {
    AGENT: { value: 'AGENT', description: "The agent's part of the call." },
    IVR: { value: 'IVR', description: 'The part of the call before an agent, in the flow (IVR).' },
    SCREEN: { value: 'SCREEN', description: "The agent's screen." },
  } satisfies Record<SdkContactRecordingType, { value: SdkContactRecordingType; description: string }>,
});

/** The ids every recording operation sends: InitialContactId has the ContactId shape (1 to 256). */
export const recordingKeySchema = contactKeySchema.extend({
  initialContactId: fromModel('SuspendContactRecording', 'InitialContactId'),
});

type Operation = 'SuspendContactRecording' | 'ResumeContactRecording' | 'StopContactRecording';

/** The input of suspend, resume and stop: the contact, its chain and optionally one recording. */
export function recordingInput(name: string, operation: Operation, description: string, contact: string) {
  return builder.inputType(name, {
    description: `${description} Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.`,
    validate: recordingKeySchema.extend({
      contactRecordingType: fromModelEnum(operation, 'ContactRecordingType').nullish(),
    }),
    fields: (t) => ({
      ...contactKeyFields(t, contact),
      initialContactId: t.id({
        required: true,
        description: `The id of the first contact of the contact's chain (${K.contactId.min} to ${K.contactId.max} characters): \`Contact.initialContactId\`, the contact's own id when it was never transferred. Another chain's id is an InvalidRequestError.`,
      }),
      contactRecordingType: t.field({
        type: ContactRecordingType,
        description: 'Which recording: AGENT, IVR or SCREEN. Omitted: every recording the contact has in that state.',
      }),
    }),
  });
}

/** The errors Connect's model documents for suspend, resume and stop (all three list the same). */
export const RECORDING_ERRORS = [
  'InvalidRequestException',
  'ResourceNotFoundException',
  'InternalServiceException',
  'InvalidActiveRegionException',
  // Not in the model's list, but Connect throttles every API with a 429.
  'ThrottlingException',
] as const satisfies readonly ConnectExceptionName[];

/** What their inputs become in change events: the chain's id is shown by every read of the contact; it names, it does not change. */
export const RECORDING_EVENTS = {
  instanceId: 'key',
  contactId: 'key',
  initialContactId: 'withheld',
  contactRecordingType: 'change',
} as const;

/** The members SuspendContactRecordingCommand, ResumeContactRecordingCommand and StopContactRecordingCommand share; a null type is not sent. */
export const recordingRequest = (input: {
  instanceId: string;
  contactId: string;
  initialContactId: string;
  contactRecordingType?: SdkContactRecordingType | null;
}) => ({
  InstanceId: input.instanceId,
  ContactId: input.contactId,
  InitialContactId: input.initialContactId,
  ContactRecordingType: input.contactRecordingType ?? undefined,
});
