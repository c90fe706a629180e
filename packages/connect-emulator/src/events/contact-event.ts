import { randomUUID } from 'node:crypto';
import type { StoredContact } from '../state/types.ts';

/** The contact event types the emulator's operations can cause (Connect documents more). */
export const CONTACT_EVENT_TYPES = ['INITIATED', 'QUEUED', 'CONTACT_DATA_UPDATED', 'DISCONNECTED'] as const;
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
  /** CONTACT_DATA_UPDATED only: what changed, named as DescribeContact names the members. */
  updatedProperties?: string[];
  tags?: Record<string, string>;
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
