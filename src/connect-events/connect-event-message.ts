import { z } from 'zod';
import { nestsDeeperThan } from '../subscriptions/redis-message.ts';

/**
 * The largest message body taken for a contact event, in UTF-8 bytes: EventBridge's own limit on an
 * event (256 KB). SQS takes up to 1 MiB, so a larger body is someone else's message.
 */
export const MAX_EVENT_BYTES = 256 * 1024;
/** Deepest nesting of objects and lists in an event: Connect's contact events nest a few levels. */
export const MAX_EVENT_DEPTH = 32;

/** Why a message was deleted without becoming a change: the label values of its metric. */
export type EventDropReason = 'too_large' | 'too_deep' | 'malformed' | 'not_contact_event';

/** The instance id in an instance ARN, e.g. `arn:aws:connect:us-east-1:123456789012:instance/<id>`. */
const INSTANCE_ARN = /^arn:aws[a-z-]{0,20}:connect:[a-z0-9-]{1,30}:\d{12}:instance\/([A-Za-z0-9-]{1,100})$/;

/**
 * What the gateway reads of an EventBridge event with Connect's contact event as its detail. Other
 * fields, and event types Connect may add, pass (Connect's documentation asks consumers to ignore
 * what they do not know); what is read is checked, as anyone who may send to the queue can send.
 */
const envelopeSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,128}$/),
  source: z.literal('aws.connect'),
  'detail-type': z.literal('Amazon Connect Contact Event'),
  time: z.iso.datetime({ offset: true }),
  detail: z.object({
    eventType: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/),
    contactId: z.string().min(1).max(256),
    instanceArn: z.string().regex(INSTANCE_ARN),
    // CONTACT_DATA_UPDATED's list of what changed; anything else there is not read.
    updatedProperties: z
      .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/))
      .max(64)
      .optional()
      .catch(undefined),
  }),
});

/** A contact event as the gateway takes it: EventBridge's id, and the change it becomes. */
export interface ConnectEvent {
  /** EventBridge's event id: the same for every delivery of one event. */
  eventId: string;
  instanceId: string;
  contactId: string;
  eventType: string;
  /** Connect's event time (EventBridge's `time`), RFC 3339. */
  time: string;
  /** CONTACT_DATA_UPDATED: the properties Connect names as changed; empty otherwise. */
  updatedProperties: string[];
}

/**
 * A message body as a contact event, or why it is not one. Size and depth are checked first, in
 * linear time, before anything recursive reads it.
 */
export function readConnectEvent(body: string): ConnectEvent | { dropped: EventDropReason } {
  if (body.length > MAX_EVENT_BYTES || Buffer.byteLength(body, 'utf8') > MAX_EVENT_BYTES)
    return { dropped: 'too_large' };
  if (nestsDeeperThan(body, MAX_EVENT_DEPTH)) return { dropped: 'too_deep' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { dropped: 'malformed' };
  }
  const result = envelopeSchema.safeParse(parsed);
  if (!result.success) return { dropped: 'not_contact_event' };
  const { id, time, detail } = result.data;
  const instanceId = INSTANCE_ARN.exec(detail.instanceArn)?.[1];
  if (instanceId === undefined) return { dropped: 'not_contact_event' };
  return {
    eventId: id,
    instanceId,
    contactId: detail.contactId,
    eventType: detail.eventType,
    time,
    updatedProperties: detail.updatedProperties ?? [],
  };
}
