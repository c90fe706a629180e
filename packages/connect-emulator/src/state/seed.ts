import type { ContactStore } from './contacts.ts';
import type { NewContact } from './types.ts';

export const SEED_INSTANCE_ID = '11111111-2222-4333-8444-555555555555';

export const SEED_CONTACT_IDS = {
  /** VOICE, INBOUND, ongoing, named "Billing question". */
  voiceInbound: 'c0ffee00-0000-4000-8000-000000000001',
  /** CHAT, completed (has a DisconnectTimestamp), named "Order status". */
  chatCompleted: 'c0ffee00-0000-4000-8000-000000000002',
  /** TASK, API, no name. */
  taskApi: 'c0ffee00-0000-4000-8000-000000000003',
} as const;

// Fixed timestamps so snapshots and README examples stay stable.
const at = (iso: string): Date => new Date(iso);

/** The seeded contacts, in a form that `store.addContact` accepts. */
export const SEED_CONTACTS: readonly NewContact[] = [
  {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.voiceInbound,
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
    contact: {
      Channel: 'TASK',
      InitiationMethod: 'API',
      InitiationTimestamp: at('2025-01-15T08:00:00.000Z'),
      LastUpdateTimestamp: at('2025-01-15T08:00:00.000Z'),
      ScheduledTimestamp: at('2025-01-16T08:00:00.000Z'),
    },
  },
];

/** Adds the seed instance and contacts to a store (fresh copies each time). */
export function seedStore(store: ContactStore): void {
  for (const seed of SEED_CONTACTS) store.addContact(structuredClone(seed));
}
