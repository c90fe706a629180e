import { randomUUID } from 'node:crypto';
import type { StoredContact } from '../state/types.ts';

/**
 * Connect's contact event types (the data model's list): the emulator's operations send INITIATED,
 * QUEUED, CONTACT_DATA_UPDATED, DISCONNECTED, COMPLETED, PAUSED and RESUMED; the control API can
 * send any of them.
 */
export const CONTACT_EVENT_TYPES = [
  'AMD_DISABLED',
  'INITIATED',
  'CONNECTED_TO_SYSTEM',
  'CONTACT_DATA_UPDATED',
  'QUEUED',
  'CONNECTED_TO_AGENT',
  'COMPLETED',
  'DISCONNECTED',
  'PAUSED',
  'RESUMED',
  'WEBRTC_API',
] as const;
export type ContactEventType = (typeof CONTACT_EVENT_TYPES)[number];

export const CONTACT_EVENT_SOURCE = 'aws.connect';
export const CONTACT_EVENT_DETAIL_TYPE = 'Amazon Connect Contact Event';

/** An EventBridge event as a rule's SQS target receives it: the message body is this JSON. */
export interface ContactEventEnvelope {
  version: '0';
  id: string;
  'detail-type': typeof CONTACT_EVENT_DETAIL_TYPE;
  source: typeof CONTACT_EVENT_SOURCE;
  account: string;
  /** EventBridge's event time: ISO-8601 to the second. */
  time: string;
  region: string;
  resources: string[];
  detail: ContactEventDetail;
}

export interface ContactEventDetail {
  eventType: ContactEventType;
  contactId: string;
  initialContactId: string;
  previousContactId?: string;
  channel: string;
  instanceArn: string;
  initiationMethod: string;
  initiationTimestamp?: string;
  connectedToSystemTimestamp?: string;
  disconnectTimestamp?: string;
  disconnectReason?: string;
  queueInfo?: { queueArn: string; queueType: 'STANDARD'; enqueueTimestamp?: string };
  agentInfo?: { agentArn: string; connectedToAgentTimestamp?: string };
  /** CONTACT_DATA_UPDATED only: what changed (`UserDefinedAttributes`, `Tags`, `ScheduledTimestamp`, …). */
  updatedProperties?: string[];
  tags?: Record<string, string>;
  /** The contact's routing criteria, with camelCase members as in the routing-step sample. */
  routingCriteria?: unknown;
}

export interface ContactEventInput {
  eventType: ContactEventType;
  contact: StoredContact;
  region: string;
  accountId: string;
  time: Date;
  updatedProperties?: readonly string[];
}

// Detail timestamps carry milliseconds ("2021-08-04T17:17:53.000Z"); the envelope's `time` does not.
const iso = (d: Date | undefined) => d?.toISOString();
const toSecond = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** An id that is already an ARN stays one (TransferContact accepts a user's id or ARN). */
const arnOf = (instanceArn: string, kind: 'queue' | 'agent', id: string) =>
  id.startsWith('arn:') ? id : `${instanceArn}/${kind}/${id}`;

// The routing-step sample spells RoutingCriteria's members in camelCase (steps, expiry, expression, …).
function camelCased(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(camelCased);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key.charAt(0).toLowerCase() + key.slice(1), camelCased(v)]),
  );
}

const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * The EventBridge envelope of one contact event, with the fields of Connect's contact events data
 * model (docs.aws.amazon.com/connect/latest/adminguide/contact-events.html): camelCase detail
 * members, ARNs for the instance, queue and agent, `resources` the contact's and the instance's ARN.
 */
export function contactEvent(input: ContactEventInput): ContactEventEnvelope {
  const { contact: stored, region, accountId } = input;
  const c = stored.contact;
  const instanceArn = `arn:aws:connect:${region}:${accountId}:instance/${stored.instanceId}`;
  const queueId = c.QueueInfo?.Id;
  const agentId = c.AgentInfo?.Id;
  const detail: ContactEventDetail = compact({
    eventType: input.eventType,
    contactId: c.Id,
    initialContactId: c.InitialContactId,
    previousContactId: c.PreviousContactId,
    channel: c.Channel ?? 'VOICE',
    instanceArn,
    initiationMethod: c.InitiationMethod ?? 'INBOUND',
    initiationTimestamp: iso(c.InitiationTimestamp),
    connectedToSystemTimestamp: iso(c.ConnectedToSystemTimestamp),
    disconnectTimestamp: iso(c.DisconnectTimestamp),
    disconnectReason: c.DisconnectReason,
    queueInfo:
      queueId === undefined
        ? undefined
        : compact({
            queueArn: arnOf(instanceArn, 'queue', queueId),
            queueType: 'STANDARD' as const,
            enqueueTimestamp: iso(c.QueueInfo?.EnqueueTimestamp),
          }),
    agentInfo:
      agentId === undefined
        ? undefined
        : compact({
            agentArn: arnOf(instanceArn, 'agent', agentId),
            connectedToAgentTimestamp: iso(c.AgentInfo?.ConnectedToAgentTimestamp),
          }),
    updatedProperties: input.updatedProperties ? [...input.updatedProperties] : undefined,
    tags: c.Tags && Object.keys(c.Tags).length > 0 ? { ...c.Tags } : undefined,
    routingCriteria: c.RoutingCriteria ? camelCased(c.RoutingCriteria) : undefined,
  });
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': CONTACT_EVENT_DETAIL_TYPE,
    source: CONTACT_EVENT_SOURCE,
    account: accountId,
    time: toSecond(input.time),
    region,
    resources: [c.Arn, instanceArn],
    detail,
  };
}
