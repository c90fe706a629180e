import {
  Channel as SdkChannel,
  ContactInitiationMethod as SdkInitiationMethod,
  type Contact as SdkContact,
} from '@aws-sdk/client-connect';
import type { ContactKey } from '../connect/contacts.ts';
import { builder } from './builder.ts';

/** A contact as DescribeContact returned it, with the instance it was read from. */
export interface ContactRecord {
  instanceId: string;
  contact: SdkContact;
}

/** Reads one contact through the request's DataLoader (one DescribeContact per key per request). */
export async function loadContact(
  loaders: { contact: { load(key: ContactKey): Promise<SdkContact> } },
  key: ContactKey,
): Promise<ContactRecord> {
  return { instanceId: key.instanceId, contact: await loaders.contact.load(key) };
}

export const Channel = builder.enumType('Channel', {
  description: 'How the contact reached the contact centre.',
  values: Object.values(SdkChannel),
});

export const ContactInitiationMethod = builder.enumType('ContactInitiationMethod', {
  description: 'How the contact was initiated.',
  values: Object.values(SdkInitiationMethod),
});

const QueueInfo = builder
  .objectRef<NonNullable<SdkContact['QueueInfo']>>('ContactQueueInfo')
  .implement({
    description: 'The queue the contact was placed in.',
    fields: (t) => ({
      id: t.exposeID('Id', { nullable: true }),
      enqueueTimestamp: t.expose('EnqueueTimestamp', { type: 'DateTime', nullable: true }),
    }),
  });

const AgentInfo = builder
  .objectRef<NonNullable<SdkContact['AgentInfo']>>('ContactAgentInfo')
  .implement({
    description: 'The agent who handled the contact.',
    fields: (t) => ({
      id: t.exposeID('Id', { nullable: true }),
      connectedToAgentTimestamp: t.expose('ConnectedToAgentTimestamp', {
        type: 'DateTime',
        nullable: true,
      }),
    }),
  });

const Tag = builder.objectRef<[string, string]>('ContactTag').implement({
  description: 'A tag on the contact.',
  fields: (t) => ({
    key: t.string({ resolve: ([key]) => key }),
    value: t.string({ resolve: ([, value]) => value }),
  }),
});

export const Contact = builder.objectRef<ContactRecord>('Contact').implement({
  description:
    'An Amazon Connect contact as DescribeContact returns it. A Federation entity keyed by `instanceId id`.',
  fields: (t) => ({
    instanceId: t.id({ description: 'The Connect instance id.', resolve: (c) => c.instanceId }),
    id: t.id({ description: 'The contact id.', resolve: (c) => c.contact.Id ?? '' }),
    arn: t.string({ nullable: true, resolve: (c) => c.contact.Arn }),
    name: t.string({
      nullable: true,
      description: 'The name shown for the contact (0 to 512 characters).',
      resolve: (c) => c.contact.Name,
    }),
    description: t.string({
      nullable: true,
      description: 'The description of the contact (0 to 4096 characters).',
      resolve: (c) => c.contact.Description,
    }),
    channel: t.field({ type: Channel, nullable: true, resolve: (c) => c.contact.Channel }),
    initiationMethod: t.field({
      type: ContactInitiationMethod,
      nullable: true,
      resolve: (c) => c.contact.InitiationMethod,
    }),
    initialContactId: t.id({ nullable: true, resolve: (c) => c.contact.InitialContactId }),
    previousContactId: t.id({ nullable: true, resolve: (c) => c.contact.PreviousContactId }),
    relatedContactId: t.id({ nullable: true, resolve: (c) => c.contact.RelatedContactId }),
    initiationTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (c) => c.contact.InitiationTimestamp,
    }),
    disconnectTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Set once the contact has ended; null while it is ongoing.',
      resolve: (c) => c.contact.DisconnectTimestamp,
    }),
    lastUpdateTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (c) => c.contact.LastUpdateTimestamp,
    }),
    queue: t.field({ type: QueueInfo, nullable: true, resolve: (c) => c.contact.QueueInfo }),
    agent: t.field({ type: AgentInfo, nullable: true, resolve: (c) => c.contact.AgentInfo }),
    tags: t.field({
      type: [Tag],
      resolve: (c) => Object.entries(c.contact.Tags ?? {}),
    }),
  }),
});

builder.asEntity(Contact, {
  key: builder.selection<{ instanceId: string; id: string }>('instanceId id'),
  resolveReference: (ref, context) =>
    loadContact(context.loaders, { instanceId: ref.instanceId, contactId: ref.id }),
});
