import {
  type AgentInfo,
  type EndpointInfo,
  type QueueInfo,
  EndpointType as SdkEndpointType,
  type SegmentAttributeValue,
  type TaskTemplateInfoV2,
  type WisdomInfo,
} from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';
import { EndpointType, knownValue } from './contact-enums.ts';

// The nested parts of a Contact, each the GraphQL face of one DescribeContact structure.

export const ContactQueueInfo = builder.objectRef<QueueInfo>('ContactQueueInfo').implement({
  description: 'The queue a contact was placed in (DescribeContact QueueInfo).',
  fields: (t) => ({
    id: t.exposeID('Id', { nullable: true, description: 'The queue id.' }),
    enqueueTimestamp: t.expose('EnqueueTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the contact was added to the queue.',
    }),
  }),
});

export const ContactAgentInfo = builder.objectRef<AgentInfo>('ContactAgentInfo').implement({
  description: 'The agent who handled a contact (DescribeContact AgentInfo).',
  fields: (t) => ({
    id: t.exposeID('Id', { nullable: true, description: "The agent's user id." }),
    acceptedByAgentTimestamp: t.expose('AcceptedByAgentTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the agent accepted the contact.',
    }),
    connectedToAgentTimestamp: t.expose('ConnectedToAgentTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the contact was connected to the agent.',
    }),
    agentPauseDurationInSeconds: t.exposeInt('AgentPauseDurationInSeconds', {
      nullable: true,
      description: 'How long the agent paused the contact, in seconds.',
    }),
    afterContactWorkDurationInSeconds: t.exposeInt('AfterContactWorkDuration', {
      nullable: true,
      description: 'How long the agent spent in after-contact work, in seconds.',
    }),
    afterContactWorkStartTimestamp: t.expose('AfterContactWorkStartTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When after-contact work began.',
    }),
    afterContactWorkEndTimestamp: t.expose('AfterContactWorkEndTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When after-contact work ended.',
    }),
  }),
});

export const ContactEndpoint = builder.objectRef<EndpointInfo>('ContactEndpoint').implement({
  description: "One end of a contact: the customer's or the contact centre's address (DescribeContact EndpointInfo).",
  fields: (t) => ({
    type: t.field({
      type: EndpointType,
      nullable: true,
      description: 'What kind of address this is; null when Connect sent a type this gateway does not know.',
      resolve: (e) => knownValue(SdkEndpointType, e.Type),
    }),
    address: t.exposeString('Address', {
      nullable: true,
      description: 'The address, e.g. a phone number in E.164 format or an email address.',
    }),
    displayName: t.exposeString('DisplayName', { nullable: true, description: 'The name shown for the address.' }),
  }),
});

export const ContactWisdomInfo = builder.objectRef<WisdomInfo>('ContactWisdomInfo').implement({
  description: 'The Amazon Q in Connect (Wisdom) session of a contact.',
  fields: (t) => ({
    sessionArn: t.exposeString('SessionArn', { nullable: true, description: 'The ARN of the session.' }),
  }),
});

export const ContactTaskTemplate = builder.objectRef<TaskTemplateInfoV2>('ContactTaskTemplate').implement({
  description: 'The task template a task contact was created from.',
  fields: (t) => ({
    arn: t.exposeString('Arn', { nullable: true, description: 'The ARN of the task template.' }),
    name: t.exposeString('Name', { nullable: true, description: 'The name of the task template.' }),
  }),
});

export const ContactSegmentAttribute = builder
  .objectRef<[string, SegmentAttributeValue]>('ContactSegmentAttribute')
  .implement({
    description: 'One segment attribute of a contact, e.g. `connect:Subtype`. Exactly one of the value fields is set.',
    fields: (t) => ({
      key: t.string({ description: 'The attribute name.', resolve: ([key]) => key }),
      valueString: t.string({
        nullable: true,
        description: 'The value when it is a string.',
        resolve: ([, v]) => v.ValueString,
      }),
      valueInteger: t.int({
        nullable: true,
        description: 'The value when it is an integer.',
        resolve: ([, v]) => v.ValueInteger,
      }),
      valueArn: t.string({
        nullable: true,
        description: 'The value when it is an ARN.',
        resolve: ([, v]) => v.ValueArn,
      }),
      valueJson: t.string({
        nullable: true,
        description: 'The value as JSON when it is a map or a list (nested structures have no fixed shape).',
        resolve: ([, v]) =>
          v.ValueMap !== undefined || v.ValueList !== undefined ? JSON.stringify(v.ValueMap ?? v.ValueList) : null,
      }),
    }),
  });

export const ContactTag = builder.objectRef<[string, string]>('ContactTag').implement({
  description:
    'A tag on a contact: one of the user\'s (tagContact) or one Connect adds itself (key starting with "aws:").',
  fields: (t) => ({
    key: t.string({ description: 'The tag key.', resolve: ([key]) => key }),
    value: t.string({ description: 'The tag value.', resolve: ([, value]) => value }),
  }),
});
