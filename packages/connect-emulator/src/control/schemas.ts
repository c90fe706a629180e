import type { SegmentAttributeValue } from '@aws-sdk/client-connect';
import { Channel, ContactInitiationMethod, EndpointType, ReferenceType } from '@aws-sdk/client-connect';
import { z } from 'zod';
import type { FaultSpec } from '../faults/types.ts';
import { OPERATION_NAMES } from '../routes.ts';
import { CONTACT_STATES } from '../state/contact-state.ts';
import { keyMapOf } from '../state/key-map.ts';
import type { NewContact } from '../state/types.ts';

const operation = z.enum(OPERATION_NAMES);

// Filter and pacing fields every fault kind accepts.
const common = {
  operation: operation.optional(),
  instanceId: z.string().min(1).optional(),
  contactId: z.string().min(1).optional(),
  times: z.int().positive().optional(),
  rate: z.number().min(0).max(1).optional(),
  seed: z.int().optional(),
  latencyMs: z.int().nonnegative().optional(),
};

/** A fault as POSTed to /_emulator/faults. */
export const faultSpecSchema: z.ZodType<FaultSpec> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('error'),
    name: z.string().min(1),
    status: z.int().min(400).max(599).optional(),
    message: z.string().optional(),
    retryAfterSeconds: z.number().nonnegative().optional(),
    ...common,
  }),
  z.strictObject({ kind: z.literal('latency'), ...common, latencyMs: z.int().nonnegative() }),
  z.strictObject({ kind: z.literal('hang'), ...common }),
  z.strictObject({ kind: z.literal('reset'), ...common }),
  z.strictObject({
    kind: z.literal('malformed'),
    status: z.int().min(200).max(599).optional(),
    body: z.string().optional(),
    ...common,
  }),
  z.strictObject({ kind: z.literal('truncated'), ...common }),
  z.strictObject({
    kind: z.literal('throttle'),
    ratePerSecond: z.number().nonnegative(),
    burst: z.int().nonnegative(),
    retryAfterSeconds: z.number().nonnegative().optional(),
    ...common,
  }),
  z.strictObject({ kind: z.literal('quotas'), retryAfterSeconds: z.number().nonnegative().optional(), ...common }),
]);

// Timestamps over HTTP: ISO-8601 strings or epoch milliseconds.
const timestamp = z.union([z.iso.datetime({ offset: true }), z.number()]).transform((v) => new Date(v));
const endpoint = z.strictObject({
  Type: z.enum(EndpointType).optional(),
  Address: z.string().optional(),
  DisplayName: z.string().optional(),
});
const segmentAttribute: z.ZodType<SegmentAttributeValue> = z.lazy(() =>
  z.strictObject({
    ValueString: z.string().optional(),
    ValueInteger: z.int().optional(),
    ValueArn: z.string().optional(),
    ValueMap: keyMapOf(segmentAttribute).optional(),
    ValueList: z.array(segmentAttribute).optional(),
  }),
);

/** A contact as POSTed to /_emulator/contacts (a frontend-relevant subset of `Contact`). */
export const newContactSchema: z.ZodType<NewContact> = z.strictObject({
  instanceId: z.string().min(1),
  contactId: z.string().min(1).optional(),
  externalAudio: z.boolean().optional(),
  state: z.enum(CONTACT_STATES).optional(),
  attributes: keyMapOf(z.string()).optional(),
  systemTags: z.boolean().optional(),
  references: keyMapOf(z.strictObject({ Type: z.enum(ReferenceType), Value: z.string().optional() })).optional(),
  contact: z
    .strictObject({
      Channel: z.enum(Channel).optional(),
      InitiationMethod: z.enum(ContactInitiationMethod).optional(),
      Name: z.string().optional(),
      Description: z.string().optional(),
      InitialContactId: z.string().optional(),
      PreviousContactId: z.string().optional(),
      RelatedContactId: z.string().optional(),
      InitiationTimestamp: timestamp.optional(),
      ConnectedToSystemTimestamp: timestamp.optional(),
      DisconnectTimestamp: timestamp.optional(),
      LastUpdateTimestamp: timestamp.optional(),
      ScheduledTimestamp: timestamp.optional(),
      DisconnectReason: z.string().optional(),
      QueuePriority: z.int().positive().optional(),
      QueueTimeAdjustmentSeconds: z.int().optional(),
      TotalPauseCount: z.int().min(0).max(10).optional(),
      TotalPauseDurationInSeconds: z.int().nonnegative().optional(),
      LastPausedTimestamp: timestamp.optional(),
      LastResumedTimestamp: timestamp.optional(),
      QueueInfo: z.strictObject({ Id: z.string().optional(), EnqueueTimestamp: timestamp.optional() }).optional(),
      AgentInfo: z
        .strictObject({ Id: z.string().optional(), ConnectedToAgentTimestamp: timestamp.optional() })
        .optional(),
      CustomerEndpoint: endpoint.optional(),
      SystemEndpoint: endpoint.optional(),
      Tags: keyMapOf(z.string()).optional(),
      SegmentAttributes: keyMapOf(segmentAttribute).optional(),
    })
    .optional(),
});

export const newInstanceSchema = z.strictObject({ instanceId: z.string().min(1) });
