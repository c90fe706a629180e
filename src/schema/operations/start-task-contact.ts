import { StartTaskContactCommand } from '@aws-sdk/client-connect';
import { resourceFields } from '../../auth/resource-access.ts';
import { MalformedResponseError } from '../../connect/errors.ts';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { instanceIdInput } from './contact-key-inputs.ts';
import { toSegmentAttributes } from './segment-attributes-constraints.ts';
import { FLOW_SOURCES, START_TASK_LIMITS as L, startTaskContactConstraints } from './start-task-contact-constraints.ts';
import { ContactReferenceInput, SegmentAttributeInput, toReferences } from './update-contact.ts';
import { ContactAttributeInput } from './update-contact-attributes.ts';
import { UPDATE_CONTACT_ATTRIBUTES_LIMITS as A } from './update-contact-attributes-constraints.ts';
import { UPDATE_CONTACT_LIMITS as U } from './update-contact-constraints.ts';

// Amazon Connect StartTaskContact: creates a task contact and starts the flow that routes it.

const StartTaskContactInput = builder.inputType('StartTaskContactInput', {
  description: `The task to create, and the flow that runs it: exactly one of contactFlowId, quickConnectId, taskTemplateId (none or more than one is an InvalidRequestError, and nothing is sent to Connect). Lengths count Unicode code points, as Connect does. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.`,
  validate: startTaskContactConstraints,
  fields: (t) => ({
    instanceId: instanceIdInput(t),
    name: t.string({
      required: true,
      description: `The name of the task (${L.name.min} to ${L.name.max} characters), shown to agents.`,
    }),
    description: t.string({
      description: `The description of the task (${L.description.min} to ${L.description.max} characters). Omitted or null: none.`,
    }),
    references: t.field({
      type: [ContactReferenceInput],
      description: `References shown with the task, as a list with unique keys (sent as Connect's References map); their keys, values, ARNs and status reasons together at most ${U.referencesTotalBytes} bytes of UTF-8.`,
    }),
    attributes: t.field({
      type: [ContactAttributeInput],
      description: `User-defined contact attributes of the task, as a list with unique keys (keys ${A.key.min} to ${A.key.max} characters of ASCII letters, digits, "-" and "_"; values ${A.value.min} to ${A.value.max} characters); all keys and values together at most ${A.totalBytes} bytes of UTF-8.`,
    }),
    contactFlowId: t.id({
      description: `The flow that runs the task (at most ${L.contactFlowId.max} characters), as an id of the instance or an ARN. Not with quickConnectId or taskTemplateId.`,
    }),
    taskTemplateId: t.id({
      description: `The task template the task is made from (${L.taskTemplateId.min} to ${L.taskTemplateId.max} characters); the template must have a flow. Not with contactFlowId or quickConnectId.`,
    }),
    quickConnectId: t.id({
      description:
        'The quick connect whose agent or queue flow runs the task (Connect documents no length limit). Not with contactFlowId or taskTemplateId.',
    }),
    previousContactId: t.id({
      description: `A task contact this one continues (${L.previousContactId.min} to ${L.previousContactId.max} characters): they share user-defined attributes; at most 12 tasks share one previous contact (the 13th is ServiceQuotaExceededError).`,
    }),
    relatedContactId: t.id({
      description: `A contact this task is linked to (${L.relatedContactId.min} to ${L.relatedContactId.max} characters): its attributes are copied to the new task, and later changes do not flow back.`,
    }),
    scheduledTime: t.field({
      type: 'DateTime',
      description: `When the flow starts: from now to ${L.scheduleDaysAhead} days ahead. Omitted or null: at once.`,
    }),
    segmentAttributes: t.field({
      type: [SegmentAttributeInput],
      description: 'Segment attributes of the task, as a list with unique keys (sent as its SegmentAttributes map).',
    }),
    clientToken: t.string({
      description: `An idempotency token of your choice (at most ${L.clientToken.max} characters): the same token with the same members answers the contact the first request created, without creating another; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries, so send your own whenever you may retry the request yourself.`,
    }),
  }),
});

const given = (value: unknown) => value != null;

defineOperation({
  name: 'startTaskContact',
  description: `Creates a task contact and starts the flow that routes it (Amazon Connect StartTaskContact). Needs the scope contacts:create, which no other scope includes. The success names the new contact (${K.contactId.min} to ${K.contactId.max} characters), which every contact operation then acts on. Expected failures are members of the result union.`,
  input: {
    type: StartTaskContactInput,
    description: 'The task and the flow that runs it; StartTaskContactInput lists the rules.',
  },
  // Connect's default quota for StartTaskContact (Service Quotas L-E704D621: 2 requests per second; the burst is Connect's default 5).
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:create',
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'ServiceQuotaExceededException',
    'InternalServiceException',
    // Not in the model's list, but Connect answers it for a client token reused with other members.
    'IdempotencyException',
  ],
  customerData: ['name', 'description', 'references', 'attributes', 'segmentAttributes'],
  auditKeys: ({ attributes }) => attributes?.map((attribute) => attribute.key) ?? [],
  contact: ({ instanceId }) => ({ instanceId, contactId: '' }),
  creates: true,
  events: {
    instanceId: 'key',
    name: 'change',
    description: 'change',
    references: 'change',
    attributes: 'change',
    segmentAttributes: 'change',
    scheduledTime: 'change',
    previousContactId: 'change',
    relatedContactId: 'change',
    // Which flow runs the task: no read of the contact shows it.
    contactFlowId: 'withheld',
    taskTemplateId: 'withheld',
    quickConnectId: 'withheld',
    // An idempotency token: whoever holds it can replay the creation's answer.
    clientToken: 'withheld',
  },
  resources: (input) => resourceFields(input, ['contactFlowId', 'taskTemplateId', 'quickConnectId']),
  refuse: (input) => {
    const sources = FLOW_SOURCES.filter((field) => given(input[field]));
    if (sources.length === 1) return undefined;
    return sources.length === 0
      ? 'Give one of contactFlowId, quickConnectId, taskTemplateId: the flow that runs the task.'
      : `Give only one of contactFlowId, quickConnectId, taskTemplateId; got ${sources.join(', ')}.`;
  },
  send: async (connect, input) => {
    const output = await connect.send(
      new StartTaskContactCommand({
        InstanceId: input.instanceId,
        Name: input.name,
        Description: input.description ?? undefined,
        References: input.references?.length ? toReferences(input.references) : undefined,
        Attributes: input.attributes?.length
          ? Object.fromEntries(input.attributes.map((attribute) => [attribute.key, attribute.value]))
          : undefined,
        ContactFlowId: input.contactFlowId ?? undefined,
        TaskTemplateId: input.taskTemplateId ?? undefined,
        QuickConnectId: input.quickConnectId ?? undefined,
        PreviousContactId: input.previousContactId ?? undefined,
        RelatedContactId: input.relatedContactId ?? undefined,
        ScheduledTime: input.scheduledTime ?? undefined,
        SegmentAttributes: input.segmentAttributes?.length ? toSegmentAttributes(input.segmentAttributes) : undefined,
        // Undefined: the SDK fills in a token (an idempotency token in Connect's model) for its retries.
        ClientToken: input.clientToken ?? undefined,
      }),
    );
    // A 200 that does not name the new contact cannot be reported as a creation.
    if (!output.ContactId) throw new MalformedResponseError('StartTaskContact answered without the new contact');
    return { ...output, ContactId: output.ContactId };
  },
  result: {
    description:
      'StartTaskContactSuccess, or the documented error that prevented the creation. InvalidRequestError: not exactly one of contactFlowId, quickConnectId, taskTemplateId; ResourceNotFoundError: an unknown instance, flow or previous or related contact; ServiceQuotaExceededError: too many open tasks, or 12 tasks already continue previousContactId; IdempotencyError: the clientToken was used for another request. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later, with the same clientToken). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'Connect created the task contact: contactId names it, and `contact` reads it back (one DescribeContact call, made only when selected).',
    contact: (output, acted) => ({ instanceId: acted.instanceId, contactId: output.ContactId }),
    fields: (t) => ({
      contactId: t.exposeID('contactId', { description: 'The id of the task contact Connect created.' }),
    }),
  },
});
