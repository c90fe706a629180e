import { TagContactCommand } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { CONTACT_TAG_KEY_CHARACTERS, contactTagKey, CONTACT_TAG_LIMITS as T } from '../../validation/contact-tags.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { fromModel, modelEntryCount } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactIdInput, instanceIdInput } from './contact-key-inputs.ts';

// Amazon Connect TagContact: adds tags to a contact, or replaces the values of tags it has.

/** TagContact's documented constraints on the whole input at once. */
const tagContactConstraints = contactKeySchema.extend({
  tags: z
    .array(z.object({ key: contactTagKey, value: fromModel('TagContact', 'Tags.value') }))
    .superRefine(modelEntryCount('TagContact', 'Tags', 'tags'))
    .superRefine(
      uniqueKeys(
        (tag) => tag.key,
        (index) => [index, 'key'],
        (first) => `duplicates the key of tags[${first}]; tag keys must be unique`,
      ),
    ),
});

const ContactTagInput = builder.inputType('ContactTagInput', {
  description: 'One tag to put on a contact: its key and value.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The tag key (${T.key.min} to ${T.key.max} characters of ${CONTACT_TAG_KEY_CHARACTERS}; not starting with "aws:" in any case, which AWS reserves for its own tags such as those Connect adds), unique within the input.`,
    }),
    value: t.string({ required: true, description: `The tag value (${T.value.min} to ${T.value.max} characters).` }),
  }),
});

const TagContactInput = builder.inputType('TagContactInput', {
  description:
    'Which contact, and the tags to put on it. Lengths count Unicode code points. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: tagContactConstraints,
  fields: (t) => ({
    instanceId: instanceIdInput(t),
    contactId: contactIdInput(t, 'Tags belong to this contact, not to its chain.'),
    tags: t.field({
      type: [ContactTagInput],
      required: true,
      description: `The tags to add (${T.perCall.min} to ${T.perCall.max} per call, unique keys). A key the contact already has gets the new value; other tags stay. Connect refuses (InvalidRequestError) more than 50 tags on one contact; its own "aws:" tags do not count.`,
    }),
  }),
});

defineOperation({
  name: 'tagContact',
  description:
    'Adds tags to a contact (Amazon Connect TagContact), e.g. for cost allocation or labelling. Tags already on the contact stay; a tag sent with a key the contact has replaces its value. Expected failures are members of the result union.',
  input: {
    type: TagContactInput,
    description: 'Which contact, and the tags to add; TagContactInput lists the limits.',
  },
  // Connect's default quota for TagContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 20, burst: 25 },
  scope: 'contacts:write',
  errors: [
    'InvalidRequestException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidParameterException',
    'ThrottlingException',
    'InvalidActiveRegionException',
  ],
  // Tag values are not logged; the audit line names the keys.
  customerData: ['tags'],
  auditKeys: ({ tags }) => tags.map((tag) => tag.key),
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: { instanceId: 'key', contactId: 'key', tags: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) =>
    connect.send(
      new TagContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        Tags: Object.fromEntries(input.tags.map((tag) => [tag.key, tag.value])),
      }),
    ),
  result: {
    description:
      'TagContactSuccess, or the documented error that prevented it. InvalidRequestError: Connect refused the tags, e.g. past 50 on the contact. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect added the tags. Select `contact { tags { key value } }` to read them back (one DescribeContact call, made only when selected).',
  },
});
