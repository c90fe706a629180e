import { z } from 'zod';
import { CONTACT_EVENT_TYPES } from '../events/contact-event.ts';
import type { SqsFaultSpec } from '../sqs/faults.ts';
import { SQS_OPERATION_NAMES } from '../sqs/operations.ts';

const filters = {
  operation: z.enum(SQS_OPERATION_NAMES).optional(),
  queueName: z.string().min(1).optional(),
  times: z.int().positive().optional(),
};

/** An SQS fault as POSTed to /_emulator/sqs/faults. */
export const sqsFaultSpecSchema: z.ZodType<SqsFaultSpec> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('error'),
    name: z.string().min(1),
    status: z.int().min(400).max(599).optional(),
    message: z.string().optional(),
    ...filters,
  }),
  z.strictObject({ kind: z.literal('unavailable'), ...filters }),
  z.strictObject({ kind: z.literal('reset'), ...filters }),
]);

export const newQueueSchema = z.strictObject({
  name: z.string().min(1),
  attributes: z.record(z.string(), z.string()).optional(),
});

/**
 * A message put straight into a queue, bypassing SendMessage's checks: any `body` (malformed JSON
 * too), any `envelope` (sent as its JSON), or a contact `event` built from a stored contact.
 */
export const injectedMessageSchema = z.union([
  z.strictObject({ body: z.string().min(1) }),
  z.strictObject({ envelope: z.record(z.string(), z.unknown()) }),
  z.strictObject({
    event: z.strictObject({
      eventType: z.enum(CONTACT_EVENT_TYPES),
      instanceId: z.string().min(1),
      contactId: z.string().min(1),
      updatedProperties: z.array(z.string()).optional(),
    }),
  }),
]);

export const contactEventsSchema = z.strictObject({ queueName: z.string().min(1).nullable() });
