import { MonitorContactCommand, type MonitorCapability as SdkMonitorCapability } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { resourceFields } from '../../auth/resource-access.ts';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelEntryCount, modelLength } from '../../validation/model-constraints.ts';
import { fromModelEnum } from '../../validation/model-enum.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';
import { withNewContact } from './new-contact.ts';

// Amazon Connect MonitorContact: a supervisor listens in on (and may barge into) a live contact.

const L = {
  userId: modelLength('MonitorContact', 'UserId'),
  capabilities: modelLength('MonitorContact', 'AllowedMonitorCapabilities'),
  clientToken: modelLength('MonitorContact', 'ClientToken'),
} as const;

const MonitorCapability = builder.enumType('MonitorCapability', {
  description: 'What a monitoring user may do (Amazon Connect MonitorCapability).',
  values: {
    SILENT_MONITOR: { value: 'SILENT_MONITOR', description: 'Listen (or read) without being heard.' },
    BARGE: { value: 'BARGE', description: 'Join the conversation. Connect requires it listed when barge is enabled.' },
  } satisfies Record<SdkMonitorCapability, { value: SdkMonitorCapability; description: string }>,
});

const MonitorContactInput = builder.inputType('MonitorContactInput', {
  description:
    'Which contact, who monitors it and how. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: contactKeySchema.extend({
    userId: fromModel('MonitorContact', 'UserId'),
    allowedMonitorCapabilities: z
      .array(fromModelEnum('MonitorContact', 'AllowedMonitorCapabilities.member'))
      .superRefine(modelEntryCount('MonitorContact', 'AllowedMonitorCapabilities', 'capabilities'))
      .nullish(),
    clientToken: fromModel('MonitorContact', 'ClientToken').nullish(),
  }),
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'a VOICE or CHAT contact connected to an agent (another channel or state: InvalidRequestError)',
    ),
    userId: t.id({
      required: true,
      description: `The monitoring user (the supervisor): the user's id or ARN (${L.userId.min} to ${L.userId.max} characters).`,
    }),
    allowedMonitorCapabilities: t.field({
      type: [MonitorCapability],
      description: `What the user may do (at most ${L.capabilities.max}). Omitted: as the user's security profile allows.`,
    }),
    clientToken: t.string({
      description: `An idempotency token of your choice (at most ${L.clientToken.max} characters): a repeated request with the same token and members answers the first monitoring contact again; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries.`,
    }),
  }),
});

defineOperation({
  name: 'monitorContact',
  description:
    "Starts monitoring a live voice or chat contact: the user's Contact Control Panel joins it in silent monitoring mode (Amazon Connect MonitorContact). Connect creates a monitoring contact, whose id the success answers. Expected failures are members of the result union.",
  input: {
    type: MonitorContactInput,
    description: 'Which contact and who monitors it; MonitorContactInput lists the limits.',
  },
  // Connect's API throttling quotas (Amazon Connect Administrator Guide, "Amazon Connect service quotas",
  // API throttling quotas) give MonitorContact no row of its own: the default for every other API, 2/s, burst 5.
  quota: { rate: 2, burst: 5 },
  scope: 'contacts:monitor',
  errors: [
    'InvalidRequestException',
    'IdempotencyException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ServiceQuotaExceededException',
    'ThrottlingException',
    'InternalServiceException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: {
    instanceId: 'key',
    contactId: 'key',
    // Who monitors, and how, is the monitoring contact's, never shown on the monitored one.
    userId: 'withheld',
    allowedMonitorCapabilities: 'withheld',
    // An idempotency token: no read shows it, and whoever holds it can replay the answer.
    clientToken: 'withheld',
  },
  resources: (input) => resourceFields(input, ['userId']),
  send: async (connect, input) => {
    const output = await connect.send(
      new MonitorContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        UserId: input.userId,
        AllowedMonitorCapabilities: input.allowedMonitorCapabilities ?? undefined,
        // Undefined: the SDK fills in a token (an idempotency token in Connect's model) for its retries.
        ClientToken: input.clientToken ?? undefined,
      }),
    );
    return withNewContact(output, 'MonitorContact');
  },
  result: {
    description:
      'MonitorContactSuccess, or the documented error that prevented the monitoring. InvalidRequestError: not a voice or chat contact connected to an agent; IdempotencyError: the clientToken was used for another request; ServiceQuotaExceededError: too many monitors. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later, with the same clientToken). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description:
      'The user monitors the contact through a new monitoring contact: contactId and contactArn name it, and `contact` reads it back (initiationMethod MONITOR).',
    contact: (output, acted) => ({ instanceId: acted.instanceId, contactId: output.ContactId }),
    fields: (t) => ({
      contactId: t.exposeID('contactId', { description: 'The id of the monitoring contact Connect created.' }),
      contactArn: t.string({
        description: 'The ARN of the monitoring contact Connect created.',
        resolve: (payload) => payload.output.ContactArn,
      }),
    }),
  },
});
