import { UntagContactCommand } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { CONTACT_TAG_KEY_CHARACTERS, contactTagKey, CONTACT_TAG_LIMITS as T } from '../../validation/contact-tags.ts';
import { modelEntryCount, modelLength } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactIdInput, instanceIdInput } from './contact-key-inputs.ts';

// Amazon Connect UntagContact: removes tags from a contact by key.

const KEYS = modelLength('UntagContact', 'TagKeys');

/** UntagContact's documented constraints on the whole input at once. */
const untagContactConstraints = contactKeySchema.extend({
  // A list in the model, not a map: a key named twice is allowed and removed once.
  tagKeys: z.array(contactTagKey).superRefine(modelEntryCount('UntagContact', 'TagKeys', 'tag keys')),
});

const UntagContactInput = builder.inputType('UntagContactInput', {
  description:
    'Which contact, and the keys of the tags to remove from it. Lengths count Unicode code points. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: untagContactConstraints,
  fields: (t) => ({
    instanceId: instanceIdInput(t),
    contactId: contactIdInput(t),
    tagKeys: t.stringList({
      required: true,
      description: `The keys of the tags to remove (${KEYS.min} to ${KEYS.max} per call; each ${T.key.min} to ${T.key.max} characters of ${CONTACT_TAG_KEY_CHARACTERS}). A key the contact does not have is ignored; a key named twice is removed once. Keys starting with "aws:" in any case are refused: Connect's own tags cannot be removed.`,
    }),
  }),
});

defineOperation({
  name: 'untagContact',
  description:
    'Removes tags from a contact by key (Amazon Connect UntagContact). Tags not named stay. Expected failures are members of the result union.',
  input: {
    type: UntagContactInput,
    description: 'Which contact, and the keys of the tags to remove; UntagContactInput lists the limits.',
  },
  // Connect's default quota for UntagContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
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
  // Keys only: no customer data is sent.
  customerData: [],
  auditKeys: ({ tagKeys }) => tagKeys,
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: { instanceId: 'key', contactId: 'key', tagKeys: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) =>
    connect.send(
      new UntagContactCommand({ InstanceId: input.instanceId, ContactId: input.contactId, TagKeys: input.tagKeys }),
    ),
  result: {
    description:
      'UntagContactSuccess, or the documented error that prevented it. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect removed the tags. Select `contact { tags { key value } }` to read the tags left (one DescribeContact call, made only when selected).',
  },
});
