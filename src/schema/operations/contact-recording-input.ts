import type { ContactRecordingType as SdkContactRecordingType } from '@aws-sdk/client-connect';
import { z } from 'zod';
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
