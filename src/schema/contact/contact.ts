import {
  AnsweringMachineDetectionStatus as SdkAnsweringMachineDetectionStatus,
  Channel as SdkChannel,
  type Contact as SdkContact,
  ContactInitiationMethod as SdkInitiationMethod,
} from '@aws-sdk/client-connect';
import type { ContactKey } from '../../connect/contacts.ts';
import type { ContactChangeEvent } from '../../subscriptions/contact-change.ts';
import { modelLength } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { AnsweringMachineDetectionStatus, Channel, ContactInitiationMethod, knownValue } from './contact-enums.ts';
import {
  ContactAgentInfo,
  ContactEndpoint,
  ContactQueueInfo,
  ContactSegmentAttribute,
  ContactTaskTemplate,
  ContactWisdomInfo,
} from './contact-parts.ts';

// What DescribeContact may answer, from Connect's model (not what updateContact accepts).
const NAME = modelLength('DescribeContact', 'Contact.Name', 'output');
const DESCRIPTION = modelLength('DescribeContact', 'Contact.Description', 'output');

/** A contact as DescribeContact returned it, with the key it was read by. */
export interface ContactRecord {
  instanceId: string;
  id: string;
  contact: SdkContact;
  /** The change event this is the contact after (ContactChange.contact): its reads serve every subscriber. */
  after?: ContactChangeEvent;
}

/** Reads one contact through the request's DataLoader (one DescribeContact per key per request). */
export async function loadContact(
  loaders: { contact: { load(key: ContactKey): Promise<SdkContact> } },
  key: ContactKey,
): Promise<ContactRecord> {
  return { instanceId: key.instanceId, id: key.contactId, contact: await loaders.contact.load(key) };
}

export const Contact = builder.objectRef<ContactRecord>('Contact').implement({
  // Every field of a contact needs contacts:read, however the contact was reached.
  authScopes: { 'contacts:read': true },
  description:
    'An Amazon Connect contact (a call, chat, task or email) as DescribeContact returns it. A Federation entity keyed by `instanceId id`: other subgraphs reference it as `{ instanceId id }`.',
  fields: (t) => {
    // DescribeContact's timestamps: each a nullable DateTime.
    const timestamp = (description: string, pick: (c: SdkContact) => Date | undefined) =>
      t.field({ type: 'DateTime', nullable: true, description, resolve: (c) => pick(c.contact) });
    return {
      instanceId: t.id({
        description: 'The id of the Connect instance the contact belongs to.',
        resolve: (c) => c.instanceId,
      }),
      id: t.id({ description: 'The contact id, unique within the instance.', resolve: (c) => c.id }),
      arn: t.string({ nullable: true, description: 'The ARN of the contact.', resolve: (c) => c.contact.Arn }),
      name: t.string({
        nullable: true,
        description: `The name shown for the contact (${NAME.min} to ${NAME.max} characters, as Connect stores it: longer than updateContact's limit when set another way); null when none was set.`,
        resolve: (c) => c.contact.Name,
      }),
      description: t.string({
        nullable: true,
        description: `The description of the contact (${DESCRIPTION.min} to ${DESCRIPTION.max} characters); null when none was set.`,
        resolve: (c) => c.contact.Description,
      }),
      channel: t.field({
        type: Channel,
        nullable: true,
        description: 'How the contact reaches the contact centre: VOICE, CHAT, TASK or EMAIL.',
        resolve: (c) => knownValue(SdkChannel, c.contact.Channel),
      }),
      initiationMethod: t.field({
        type: ContactInitiationMethod,
        nullable: true,
        description: 'How the contact was initiated.',
        resolve: (c) => knownValue(SdkInitiationMethod, c.contact.InitiationMethod),
      }),
      initialContactId: t.id({
        nullable: true,
        description: 'The id of the first contact in a chain of transfers; equals `id` for the first one.',
        resolve: (c) => c.contact.InitialContactId,
      }),
      previousContactId: t.id({
        nullable: true,
        description: 'The id of the contact this one was transferred from, if any.',
        resolve: (c) => c.contact.PreviousContactId,
      }),
      relatedContactId: t.id({
        nullable: true,
        description: 'The id of a contact this one is linked to, e.g. the contact a task was created for.',
        resolve: (c) => c.contact.RelatedContactId,
      }),
      customerId: t.string({
        nullable: true,
        description: 'The Customer Profiles id of the customer, when Customer Profiles is used.',
        resolve: (c) => c.contact.CustomerId,
      }),
      initiationTimestamp: timestamp('When the contact was initiated.', (c) => c.InitiationTimestamp),
      connectedToSystemTimestamp: timestamp(
        'When the customer endpoint connected to Amazon Connect.',
        (c) => c.ConnectedToSystemTimestamp,
      ),
      ringStartTimestamp: timestamp('When the contact started ringing for an agent.', (c) => c.RingStartTimestamp),
      scheduledTimestamp: timestamp('When a scheduled task contact is due to start.', (c) => c.ScheduledTimestamp),
      lastPausedTimestamp: timestamp('When the contact was last paused.', (c) => c.LastPausedTimestamp),
      lastResumedTimestamp: timestamp('When the contact was last resumed.', (c) => c.LastResumedTimestamp),
      disconnectTimestamp: timestamp('When the contact ended; null while it is ongoing.', (c) => c.DisconnectTimestamp),
      lastUpdateTimestamp: timestamp(
        'When the contact was last updated, e.g. by updateContact.',
        (c) => c.LastUpdateTimestamp,
      ),
      totalPauseCount: t.int({
        nullable: true,
        description: 'How many times the contact was paused.',
        resolve: (c) => c.contact.TotalPauseCount,
      }),
      totalPauseDurationInSeconds: t.int({
        nullable: true,
        description: 'How long the contact was paused in total, in seconds.',
        resolve: (c) => c.contact.TotalPauseDurationInSeconds,
      }),
      queue: t.field({
        type: ContactQueueInfo,
        nullable: true,
        description: 'The queue the contact was placed in; null when it was never queued.',
        resolve: (c) => c.contact.QueueInfo,
      }),
      agent: t.field({
        type: ContactAgentInfo,
        nullable: true,
        description: 'The agent who handled the contact; null while no agent has.',
        resolve: (c) => c.contact.AgentInfo,
      }),
      customerEndpoint: t.field({
        type: ContactEndpoint,
        nullable: true,
        description: "The customer's side of the contact, e.g. the number that called.",
        resolve: (c) => c.contact.CustomerEndpoint,
      }),
      systemEndpoint: t.field({
        type: ContactEndpoint,
        nullable: true,
        description: "The contact centre's side of the contact, e.g. the number that was called.",
        resolve: (c) => c.contact.SystemEndpoint,
      }),
      disconnectReason: t.string({
        nullable: true,
        description: 'Why the contact ended, e.g. CUSTOMER_DISCONNECT or AGENT_DISCONNECT; null while it is ongoing.',
        resolve: (c) => c.contact.DisconnectReason,
      }),
      answeringMachineDetectionStatus: t.field({
        type: AnsweringMachineDetectionStatus,
        nullable: true,
        description: 'What answering-machine detection found, for outbound campaign calls.',
        resolve: (c) => knownValue(SdkAnsweringMachineDetectionStatus, c.contact.AnsweringMachineDetectionStatus),
      }),
      wisdom: t.field({
        type: ContactWisdomInfo,
        nullable: true,
        description: 'The Amazon Q in Connect (Wisdom) session of the contact, if any.',
        resolve: (c) => c.contact.WisdomInfo,
      }),
      taskTemplate: t.field({
        type: ContactTaskTemplate,
        nullable: true,
        description: 'The template a task contact was created from, if any.',
        resolve: (c) => c.contact.TaskTemplateInfo,
      }),
      segmentAttributes: t.field({
        type: [ContactSegmentAttribute],
        description: 'The segment attributes of the contact (e.g. `connect:Subtype`), sorted by key; empty when none.',
        resolve: (c) => Object.entries(c.contact.SegmentAttributes ?? {}).sort(([a], [b]) => a.localeCompare(b)),
      }),
    };
  },
});
