import type { ContactStore } from './contacts.ts';
import { detailedSeedContacts } from './seed-details.ts';
import type { NewContact } from './types.ts';

export const SEED_INSTANCE_ID = '11111111-2222-4333-8444-555555555555';

export const SEED_CONTACT_IDS = {
  /** VOICE, INBOUND, connected to an agent, named "Billing question". */
  voiceInbound: 'c0ffee00-0000-4000-8000-000000000001',
  /** CHAT, ended (has a DisconnectTimestamp), named "Order status". */
  chatCompleted: 'c0ffee00-0000-4000-8000-000000000002',
  /** TASK, API, scheduled (a ScheduledTimestamp, no queue or agent), no name. */
  taskApi: 'c0ffee00-0000-4000-8000-000000000003',
  /** VOICE, INBOUND, waiting in a queue with QueuePriority 5: for UpdateContactRoutingData. */
  voiceQueued: 'c0ffee00-0000-4000-8000-000000000004',
  /** TASK, API, scheduled for later: for UpdateContactSchedule. */
  taskScheduled: 'c0ffee00-0000-4000-8000-000000000005',
  /** TASK, API, connected to an agent: for PauseContact, TransferContact, StopContact. */
  taskConnected: 'c0ffee00-0000-4000-8000-000000000006',
  /** TASK, API, paused once: for ResumeContact. */
  taskPaused: 'c0ffee00-0000-4000-8000-000000000007',
  /** EMAIL, INBOUND, connected to an agent: TransferContact's other channel. */
  emailConnected: 'c0ffee00-0000-4000-8000-000000000008',
  /** TASK, API, ended by a transfer: the first segment of a chain, holding its attributes. */
  chainInitial: 'c0ffee00-0000-4000-8000-000000000009',
  /** TASK, TRANSFER, queued: the second segment of `chainInitial`'s chain. */
  chainTransferred: 'c0ffee00-0000-4000-8000-000000000010',
} as const;

// Fixed timestamps so snapshots and README examples stay stable.
const at = (iso: string): Date => new Date(iso);

/** The seeded contacts, in a form that `store.addContact` accepts. */
export const SEED_CONTACTS: readonly NewContact[] = [
  // The first three read exactly as they did before system tags: the gateway's tests compare them.
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.voiceInbound,
    systemTags: false,
    contact: {
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      Name: 'Billing question',
      Description: 'Customer asks about a duplicate charge',
      InitiationTimestamp: at('2025-01-15T09:00:00.000Z'),
      ConnectedToSystemTimestamp: at('2025-01-15T09:00:01.000Z'),
      LastUpdateTimestamp: at('2025-01-15T09:02:30.000Z'),
      QueueInfo: { Id: 'q-billing-0001', EnqueueTimestamp: at('2025-01-15T09:00:20.000Z') },
      AgentInfo: { Id: 'agent-0001', ConnectedToAgentTimestamp: at('2025-01-15T09:02:30.000Z') },
      CustomerEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550100' },
      SystemEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550199' },
      Tags: { team: 'billing' },
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.chatCompleted,
    systemTags: false,
    contact: {
      Channel: 'CHAT',
      InitiationMethod: 'API',
      Name: 'Order status',
      InitiationTimestamp: at('2025-01-14T15:30:00.000Z'),
      DisconnectTimestamp: at('2025-01-14T15:41:12.000Z'),
      LastUpdateTimestamp: at('2025-01-14T15:41:12.000Z'),
      QueueInfo: { Id: 'q-orders-0002', EnqueueTimestamp: at('2025-01-14T15:30:05.000Z') },
      AgentInfo: { Id: 'agent-0002', ConnectedToAgentTimestamp: at('2025-01-14T15:31:00.000Z') },
      DisconnectReason: 'CUSTOMER_DISCONNECT',
    },
    references: { order: { Type: 'STRING', Value: 'ORD-1042' } },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.taskApi,
    systemTags: false,
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      InitiationTimestamp: at('2025-01-15T08:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T08:00:00.000Z'),
      ScheduledTimestamp: at('2025-01-16T08:00:00.000Z'),
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.voiceQueued,
    state: 'queued',
    contact: {
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      Name: 'Waiting for support',
      InitiationTimestamp: at('2025-01-15T10:00:00.000Z'),
      ConnectedToSystemTimestamp: at('2025-01-15T10:00:01.000Z'),
      LastUpdateTimestamp: at('2025-01-15T10:00:15.000Z'),
      QueueInfo: { Id: 'q-support-0003', EnqueueTimestamp: at('2025-01-15T10:00:15.000Z') },
      QueuePriority: 5,
      CustomerEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550111' },
      SystemEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550199' },
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.taskScheduled,
    state: 'scheduled',
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      Name: 'Call back about the refund',
      InitiationTimestamp: at('2025-01-15T11:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T11:00:00.000Z'),
      ScheduledTimestamp: at('2025-01-20T09:00:00.000Z'),
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.taskConnected,
    state: 'connected',
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      Name: 'Approve refund',
      InitiationTimestamp: at('2025-01-15T12:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T12:01:00.000Z'),
      QueueInfo: { Id: 'q-back-office-0004', EnqueueTimestamp: at('2025-01-15T12:00:05.000Z') },
      AgentInfo: { Id: 'agent-0003', ConnectedToAgentTimestamp: at('2025-01-15T12:01:00.000Z') },
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.taskPaused,
    state: 'paused',
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      Name: 'Waiting on finance',
      InitiationTimestamp: at('2025-01-15T13:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T13:10:00.000Z'),
      QueueInfo: { Id: 'q-back-office-0004', EnqueueTimestamp: at('2025-01-15T13:00:05.000Z') },
      AgentInfo: { Id: 'agent-0003', ConnectedToAgentTimestamp: at('2025-01-15T13:01:00.000Z') },
      TotalPauseCount: 1,
      TotalPauseDurationInSeconds: 0,
      LastPausedTimestamp: at('2025-01-15T13:10:00.000Z'),
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.emailConnected,
    state: 'connected',
    contact: {
      Channel: 'EMAIL',
      InitiationMethod: 'INBOUND',
      Name: 'Invoice copy request',
      InitiationTimestamp: at('2025-01-15T14:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T14:05:00.000Z'),
      QueueInfo: { Id: 'q-billing-0001', EnqueueTimestamp: at('2025-01-15T14:00:02.000Z') },
      AgentInfo: { Id: 'agent-0004', ConnectedToAgentTimestamp: at('2025-01-15T14:05:00.000Z') },
      CustomerEndpoint: { Type: 'EMAIL_ADDRESS', Address: 'customer@example.com' },
      SystemEndpoint: { Type: 'EMAIL_ADDRESS', Address: 'billing@example.com' },
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.chainInitial,
    state: 'ended',
    attributes: { caseId: 'CASE-77', customerTier: 'gold' },
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      Name: 'Escalated complaint',
      InitiationTimestamp: at('2025-01-15T15:00:00.000Z'),
      DisconnectTimestamp: at('2025-01-15T15:20:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T15:20:00.000Z'),
      AgentInfo: { Id: 'agent-0001', ConnectedToAgentTimestamp: at('2025-01-15T15:02:00.000Z') },
    },
  },
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.chainTransferred,
    state: 'queued',
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'TRANSFER',
      Name: 'Escalated complaint',
      InitialContactId: SEED_CONTACT_IDS.chainInitial,
      PreviousContactId: SEED_CONTACT_IDS.chainInitial,
      InitiationTimestamp: at('2025-01-15T15:20:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T15:20:00.000Z'),
      QueueInfo: { Id: 'q-escalations-0005', EnqueueTimestamp: at('2025-01-15T15:20:01.000Z') },
    },
  },
];

/** Adds the seed instance and contacts to a store (fresh copies each time). */
export function seedStore(store: ContactStore): void {
  for (const seed of SEED_CONTACTS) store.addContact(structuredClone(seed));
  for (const seed of detailedSeedContacts(SEED_INSTANCE_ID)) store.addContact(seed);
}
