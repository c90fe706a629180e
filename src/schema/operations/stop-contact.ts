import { StopContactCommand } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { defineOperation } from '../define-operation.ts';
import { contactKeyFields } from './contact-key-fields.ts';

// Amazon Connect StopContact: ends a contact. It cannot be undone, hence its own scope.

const DisconnectReasonInput = builder.inputType('DisconnectReasonInput', {
  description: 'Why the contact is being ended, as the contact record keeps it.',
  fields: (t) => ({
    code: t.string({
      description:
        "A disconnect reason code (Connect's model sets no list or length). Connect documents that only Connect outbound campaigns can provide it: from other callers Connect may refuse it. Omitted or null: not sent.",
    }),
  }),
});

const StopContactInput = builder.inputType('StopContactInput', {
  description:
    'Which contact to end, and optionally why. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  validate: contactKeySchema.extend({
    disconnectReason: z.object({ code: fromModel('StopContact', 'DisconnectReason.Code').nullish() }).nullish(),
  }),
  fields: (t) => ({
    ...contactKeyFields(
      t,
      'an ongoing contact; a voice contact initiated by DISCONNECT, TRANSFER, QUEUE_TRANSFER, EXTERNAL_OUTBOUND or MONITOR cannot be stopped (InvalidRequestError)',
    ),
    disconnectReason: t.field({
      type: DisconnectReasonInput,
      description:
        'Why the contact is ended. Optional; Connect documents it for Connect outbound campaigns only (see DisconnectReasonInput.code).',
    }),
  }),
});

defineOperation({
  name: 'stopContact',
  description:
    'Ends a contact, e.g. a queued callback or a task (Amazon Connect StopContact). Irreversible, so it needs the scope contacts:stop, which contacts:write does not include. Expected failures are members of the result union.',
  input: { type: StopContactInput, description: 'Which contact to end; StopContactInput lists the rules.' },
  // Connect's default quota for StopContact (requests per second, burst), as CONNECT_QUOTAS=defaults budgets it.
  quota: { rate: 10, burst: 15 },
  scope: 'contacts:stop',
  errors: [
    'InvalidRequestException',
    'ContactNotFoundException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    // Not in StopContact's documented list, but Connect throttles every API with a 429.
    'ThrottlingException',
  ],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  events: { instanceId: 'key', contactId: 'key', disconnectReason: 'change' },
  // It sends no id of a flow, queue, user or other resource.
  resources: () => [],
  send: (connect, input) =>
    connect.send(
      new StopContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        DisconnectReason: input.disconnectReason?.code == null ? undefined : { Code: input.disconnectReason.code },
      }),
    ),
  result: {
    description:
      'StopContactSuccess, or the documented error that prevented it. ContactNotFoundError: a voice contact that is no longer active; InvalidRequestError: another contact that has already ended, or one that cannot be stopped. Retryable: ThrottlingError (after retryAfterSeconds) and InternalServiceError (later). Select `... on Error { message }` to cover members added later.',
  },
  success: {
    description: 'The contact has ended. Select `contact` to read it back (disconnectTimestamp, disconnectReason).',
  },
});
