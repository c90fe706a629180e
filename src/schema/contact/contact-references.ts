import {
  type ContactReferenceRecord,
  LIST_CONTACT_REFERENCES,
  listContactReferences,
  MAX_REFERENCE_PAGES,
  MODEL_REFERENCE_TYPES,
  TYPES_PER_CALL,
} from '../../connect/contact-references.ts';
import { modelLength } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { Contact } from './contact.ts';
import { SUBSCRIPTIONS_CALLER, sharedCall } from './contact-after-change.ts';
import { toEntityError } from './contact-entity.ts';
import { ReferenceStatus, ReferenceType } from './reference-type.ts';

// What ListContactReferences may answer, from Connect's model.
const NAME = modelLength('ListContactReferences', 'ReferenceSummaryList.member.Url.Name', 'output');
const VALUE = modelLength('ListContactReferences', 'ReferenceSummaryList.member.Url.Value', 'output');
const ARN = modelLength('ListContactReferences', 'ReferenceSummaryList.member.Attachment.Arn', 'output');

export const ContactReference = builder.objectRef<ContactReferenceRecord>('ContactReference').implement({
  description:
    "One reference of a contact as Amazon Connect ListContactReferences answers it: a link, attachment, email message or value shown to the agent. Which members are set depends on its type, as in Connect's ReferenceSummary.",
  fields: (t) => ({
    name: t.string({
      description: `The reference's name, its key in updateContact's \`references\` (${NAME.min} to ${NAME.max} characters).`,
      resolve: (r) => r.name,
    }),
    type: t.field({ type: ReferenceType, description: 'The type of the reference.', resolve: (r) => r.type }),
    value: t.string({
      nullable: true,
      description: `The value (${VALUE.min} to ${VALUE.max} characters): a URL, text, number, date, email address, or an attachment's or analysis' value; null for email messages, which Connect answers with an ARN only.`,
      resolve: (r) => r.value,
    }),
    status: t.field({
      type: ReferenceStatus,
      nullable: true,
      description: 'The status of an attachment or a contact analysis; null for the other types.',
      resolve: (r) => r.status,
    }),
    arn: t.string({
      nullable: true,
      description: `The ARN of an attachment, email message or contact analysis (an attachment's and email message's ${ARN.min} to ${ARN.max} characters); null for the other types.`,
      resolve: (r) => r.arn,
    }),
    statusReason: t.string({
      nullable: true,
      description:
        "Why the reference has its status. ListContactReferences' summaries carry no status reason (updateContact accepts one), so this is null until Connect answers one.",
      resolve: () => null,
    }),
  }),
});

builder.objectField(Contact, 'references', (t) =>
  t.field({
    type: [ContactReference],
    description: `The references of the contact (Amazon Connect ListContactReferences), of the given types, in the order Connect answers them. Every page is read: types in calls of ${TYPES_PER_CALL} (the model's maximum), at most ${MAX_REFERENCE_PAGES} pages each, each call within the request's read cap and the ListContactReferences quota. A failure is a GraphQL error at this field with the code of the Connect error table (e.g. RESOURCE_NOT_FOUND), and, the list being non-null, the contact around it becomes null.`,
    args: {
      types: t.arg({
        type: [ReferenceType],
        required: false,
        description: 'The types to list; null lists every type, an empty list none (without a call to Connect).',
      }),
    },
    resolve: async (contact, { types }, context) => {
      const asked = types ?? MODEL_REFERENCE_TYPES;
      if (asked.length === 0) return [];
      const key = { instanceId: contact.instanceId, contactId: contact.id };
      try {
        // The contact after a change event: read once per event and types on this replica, shared
        // by all of its subscribers (a subscription's own loader would live as long as its stream),
        // and through the read cache, so the replicas' later reads share it too.
        const { after } = contact;
        if (after !== undefined)
          return await context.changes.readAfter(after, `references:${asked.join(',')}`, () =>
            context.readCache.readReferences(key, asked, () =>
              sharedCall(context, () =>
                listContactReferences(
                  context.connect,
                  key,
                  asked,
                  context.budget?.ticket(LIST_CONTACT_REFERENCES, SUBSCRIPTIONS_CALLER),
                ),
              ),
            ),
          );
        return await context.loaders.references.load({ ...key, types: asked });
      } catch (error) {
        throw toEntityError(error);
      }
    },
  }),
);
