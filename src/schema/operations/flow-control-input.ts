import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { contactKeyFields } from './contact-key-fields.ts';

/** PauseContact's and ResumeContact's limit from the model (the same ContactFlowId shape), in Unicode code points. */
const L = { contactFlowId: modelLength('PauseContact', 'ContactFlowId') } as const;

const flowControlConstraints = contactKeySchema.extend({
  contactFlowId: fromModel('PauseContact', 'ContactFlowId').nullish(),
});

/** The input of pauseContact and resumeContact, which take the same members. */
export function flowControlInput(name: string, options: { description: string; contact: string }) {
  return builder.inputType(name, {
    description: `${options.description} Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.`,
    validate: flowControlConstraints,
    fields: (t) => ({
      ...contactKeyFields(t, options.contact),
      contactFlowId: t.id({
        description: `The id of the flow (at most ${L.contactFlowId.max} characters). Optional; omitted or null: not sent.`,
      }),
    }),
  });
}

/** The members PauseContactCommand and ResumeContactCommand share; a null contactFlowId is not sent. */
export const flowControlRequest = (input: {
  instanceId: string;
  contactId: string;
  contactFlowId?: string | null;
}) => ({
  InstanceId: input.instanceId,
  ContactId: input.contactId,
  ContactFlowId: input.contactFlowId ?? undefined,
});
