import type {
  AdditionalEmailRecipients,
  AgentHierarchyGroup,
  AudioQualityMetricsInfo,
  Campaign,
  ChatContactMetrics,
  ChatMetrics,
  ContactDetails,
  ContactEvaluation,
  Customer,
  CustomerVoiceActivity,
  DeviceInfo,
  DisconnectDetails,
  EmailRecipient,
  GlobalResiliencyMetadata,
  HierarchyGroups,
  NextContactEntry,
  ParticipantCapabilities,
  ParticipantMetrics,
  QualityMetrics,
  QuickConnectContactData,
  RecordingInfo,
  StateTransition,
} from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';

// The DescribeContact structures a desktop or supervisor reads beyond the contact's basics, each the
// GraphQL face of one structure of Connect's model. Enum-valued members are strings: Connect adds
// values (recording storage, participant types) faster than a schema should break on them.

const long = (value: number | undefined) => (value === undefined ? null : BigInt(value));

export const ContactDeviceInfo = builder.objectRef<DeviceInfo>('ContactDeviceInfo').implement({
  description: "A participant's device (DescribeContact DeviceInfo).",
  fields: (t) => ({
    platformName: t.exposeString('PlatformName', { nullable: true, description: 'The name of the platform.' }),
    platformVersion: t.exposeString('PlatformVersion', { nullable: true, description: 'The version of the platform.' }),
    operatingSystem: t.exposeString('OperatingSystem', {
      nullable: true,
      description: 'The operating system of the device.',
    }),
  }),
});

export const ContactParticipantCapabilities = builder
  .objectRef<ParticipantCapabilities>('ContactParticipantCapabilities')
  .implement({
    description: "What a participant's client can do in the contact (DescribeContact ParticipantCapabilities).",
    fields: (t) => ({
      video: t.exposeString('Video', {
        nullable: true,
        description: 'The video capability, e.g. `SEND`: the participant can send video; null when none.',
      }),
      screenShare: t.exposeString('ScreenShare', {
        nullable: true,
        description: 'The screen-sharing capability, e.g. `SEND`; null when none.',
      }),
    }),
  });

export const ContactCustomer = builder.objectRef<Customer>('ContactCustomer').implement({
  description: "The customer's side of the contact: device and capabilities (DescribeContact Customer).",
  fields: (t) => ({
    deviceInfo: t.expose('DeviceInfo', {
      type: ContactDeviceInfo,
      nullable: true,
      description: "The customer's device.",
    }),
    capabilities: t.expose('Capabilities', {
      type: ContactParticipantCapabilities,
      nullable: true,
      description: "The customer's video and screen-sharing capabilities.",
    }),
  }),
});

export const ContactDisconnectDetails = builder.objectRef<DisconnectDetails>('ContactDisconnectDetails').implement({
  description: 'Why a voice contact may have been disconnected (DescribeContact DisconnectDetails).',
  fields: (t) => ({
    potentialDisconnectIssue: t.exposeString('PotentialDisconnectIssue', {
      nullable: true,
      description: 'The potential issue Connect detected, e.g. `AGENT_CONNECTIVITY_ISSUE` or `AGENT_NETWORK_ISSUE`.',
    }),
  }),
});

export const ContactRecording = builder.objectRef<RecordingInfo>('ContactRecording').implement({
  description: 'One recording of the contact: where it is kept and its status (DescribeContact RecordingInfo).',
  fields: (t) => ({
    status: t.exposeString('Status', {
      nullable: true,
      description: 'The status of the recording: `AVAILABLE` or `DELETED`.',
    }),
    deletionReason: t.exposeString('DeletionReason', {
      nullable: true,
      description: 'Why a deleted recording was deleted.',
    }),
    storageType: t.exposeString('StorageType', {
      nullable: true,
      description:
        'Where the recording is stored: `S3`, `KINESIS_VIDEO_STREAM`, `KINESIS_STREAM` or `KINESIS_FIREHOSE`.',
    }),
    location: t.exposeString('Location', {
      nullable: true,
      description: 'The location of the recording, e.g. an S3 object or a Kinesis video stream.',
    }),
    mediaStreamType: t.exposeString('MediaStreamType', {
      nullable: true,
      description: 'What the recording holds: `AUDIO` or `VIDEO`.',
    }),
    participantType: t.exposeString('ParticipantType', {
      nullable: true,
      description: 'Whose media is recorded: `ALL`, `MANAGER`, `AGENT`, `CUSTOMER` or `THIRDPARTY`.',
    }),
    fragmentStartNumber: t.exposeString('FragmentStartNumber', {
      nullable: true,
      description: 'The Kinesis video stream fragment where the recording starts.',
    }),
    fragmentStopNumber: t.exposeString('FragmentStopNumber', {
      nullable: true,
      description: 'The Kinesis video stream fragment where the recording stops.',
    }),
    startTimestamp: t.expose('StartTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the recording started.',
    }),
    stopTimestamp: t.expose('StopTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the recording stopped.',
    }),
    unprocessedTranscriptLocation: t.exposeString('UnprocessedTranscriptLocation', {
      nullable: true,
      description: 'Where the unprocessed transcript of the recording is kept.',
    }),
  }),
});

const ContactHierarchyGroup = builder.objectRef<AgentHierarchyGroup>('ContactHierarchyGroup').implement({
  description: "One level of the agent's hierarchy (DescribeContact AgentHierarchyGroup).",
  fields: (t) => ({
    arn: t.exposeString('Arn', { nullable: true, description: 'The ARN of the hierarchy group.' }),
  }),
});

export const ContactHierarchyGroups = builder.objectRef<HierarchyGroups>('ContactHierarchyGroups').implement({
  description:
    'The hierarchy groups of the agent who handled the contact, level 1 to 5 (DescribeContact HierarchyGroups).',
  fields: (t) => {
    const level = (member: 'Level1' | 'Level2' | 'Level3' | 'Level4' | 'Level5', n: number) =>
      t.expose(member, { type: ContactHierarchyGroup, nullable: true, description: `The group at level ${n}.` });
    return {
      level1: level('Level1', 1),
      level2: level('Level2', 2),
      level3: level('Level3', 3),
      level4: level('Level4', 4),
      level5: level('Level5', 5),
    };
  },
});

export const ContactStateTransition = builder.objectRef<StateTransition>('ContactStateTransition').implement({
  description: "One state of the agent's participation in the contact (DescribeContact StateTransition).",
  fields: (t) => ({
    state: t.exposeString('State', {
      nullable: true,
      description: 'The state: `INITIAL`, `CONNECTED`, `DISCONNECTED` or `MISSED`.',
    }),
    stateStartTimestamp: t.expose('StateStartTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the state began.',
    }),
    stateEndTimestamp: t.expose('StateEndTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the state ended.',
    }),
  }),
});

const ContactAudioQuality = builder.objectRef<AudioQualityMetricsInfo>('ContactAudioQuality').implement({
  description: "The audio quality of one participant's side (DescribeContact AudioQualityMetricsInfo).",
  fields: (t) => ({
    qualityScore: t.exposeFloat('QualityScore', {
      nullable: true,
      description: 'The audio quality score, from 1.0 (poor) to 5.0 (good).',
    }),
    potentialQualityIssues: t.stringList({
      description:
        'The potential issues found, e.g. `HighPacketLoss`, `HighRoundTripTime`, `HighJitterBuffer`; empty when none.',
      resolve: (a) => a.PotentialQualityIssues ?? [],
    }),
  }),
});

const ContactParticipantQuality = builder
  .objectRef<{ Audio?: AudioQualityMetricsInfo }>('ContactParticipantQuality')
  .implement({
    description: "One participant's media quality (DescribeContact AgentQualityMetrics or CustomerQualityMetrics).",
    fields: (t) => ({
      audio: t.expose('Audio', { type: ContactAudioQuality, nullable: true, description: 'The audio quality.' }),
    }),
  });

export const ContactQualityMetrics = builder.objectRef<QualityMetrics>('ContactQualityMetrics').implement({
  description: 'The media quality of a voice contact, for the agent and the customer (DescribeContact QualityMetrics).',
  fields: (t) => ({
    agent: t.expose('Agent', {
      type: ContactParticipantQuality,
      nullable: true,
      description: "The agent's side.",
    }),
    customer: t.expose('Customer', {
      type: ContactParticipantQuality,
      nullable: true,
      description: "The customer's side.",
    }),
  }),
});

const ContactChatContactMetrics = builder.objectRef<ChatContactMetrics>('ContactChatContactMetrics').implement({
  description: 'Metrics of the whole chat (DescribeContact ChatContactMetrics).',
  fields: (t) => ({
    multiParty: t.exposeBoolean('MultiParty', {
      nullable: true,
      description: 'Whether more than two participants took part.',
    }),
    totalMessages: t.exposeInt('TotalMessages', { nullable: true, description: 'The messages in the chat.' }),
    totalBotMessages: t.exposeInt('TotalBotMessages', { nullable: true, description: 'The messages sent by bots.' }),
    totalBotMessageLengthInChars: t.exposeInt('TotalBotMessageLengthInChars', {
      nullable: true,
      description: 'The characters of the messages sent by bots.',
    }),
    conversationCloseTimeInMillis: t.field({
      type: 'Long',
      nullable: true,
      description: 'How long the conversation took to close, in milliseconds.',
      resolve: (m) => long(m.ConversationCloseTimeInMillis),
    }),
    conversationTurnCount: t.exposeInt('ConversationTurnCount', {
      nullable: true,
      description: 'The turns in the conversation.',
    }),
    agentFirstResponseTimestamp: t.expose('AgentFirstResponseTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: "When the agent's first response was sent.",
    }),
    agentFirstResponseTimeInMillis: t.field({
      type: 'Long',
      nullable: true,
      description: 'How long the agent took to respond first, in milliseconds.',
      resolve: (m) => long(m.AgentFirstResponseTimeInMillis),
    }),
  }),
});

const ContactParticipantMetrics = builder.objectRef<ParticipantMetrics>('ContactParticipantMetrics').implement({
  description: "One participant's chat metrics (DescribeContact ParticipantMetrics).",
  fields: (t) => ({
    participantId: t.exposeString('ParticipantId', { nullable: true, description: 'The participant id.' }),
    participantType: t.exposeString('ParticipantType', {
      nullable: true,
      description: 'The participant type, e.g. `AGENT` or `CUSTOMER`.',
    }),
    conversationAbandon: t.exposeBoolean('ConversationAbandon', {
      nullable: true,
      description: 'Whether the customer left the chat before an agent joined.',
    }),
    messagesSent: t.exposeInt('MessagesSent', { nullable: true, description: 'The messages the participant sent.' }),
    numResponses: t.exposeInt('NumResponses', { nullable: true, description: 'The responses the participant sent.' }),
    messageLengthInChars: t.exposeInt('MessageLengthInChars', {
      nullable: true,
      description: "The characters of the participant's messages.",
    }),
    totalResponseTimeInMillis: t.field({
      type: 'Long',
      nullable: true,
      description: 'The total time the participant took to respond, in milliseconds.',
      resolve: (m) => long(m.TotalResponseTimeInMillis),
    }),
    maxResponseTimeInMillis: t.field({
      type: 'Long',
      nullable: true,
      description: 'The longest time the participant took to respond, in milliseconds.',
      resolve: (m) => long(m.MaxResponseTimeInMillis),
    }),
    lastMessageTimestamp: t.expose('LastMessageTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: "When the participant's last message was sent.",
    }),
  }),
});

export const ContactChatMetrics = builder.objectRef<ChatMetrics>('ContactChatMetrics').implement({
  description: 'The metrics of a chat contact (DescribeContact ChatMetrics).',
  fields: (t) => ({
    chatContactMetrics: t.expose('ChatContactMetrics', {
      type: ContactChatContactMetrics,
      nullable: true,
      description: 'The metrics of the whole chat.',
    }),
    agentMetrics: t.expose('AgentMetrics', {
      type: ContactParticipantMetrics,
      nullable: true,
      description: "The agent's metrics.",
    }),
    customerMetrics: t.expose('CustomerMetrics', {
      type: ContactParticipantMetrics,
      nullable: true,
      description: "The customer's metrics.",
    }),
  }),
});

export const ContactCustomerVoiceActivity = builder
  .objectRef<CustomerVoiceActivity>('ContactCustomerVoiceActivity')
  .implement({
    description: "The customer's greeting on an outbound call (DescribeContact CustomerVoiceActivity).",
    fields: (t) => ({
      greetingStartTimestamp: t.expose('GreetingStartTimestamp', {
        type: 'DateTime',
        nullable: true,
        description: 'When the greeting began.',
      }),
      greetingEndTimestamp: t.expose('GreetingEndTimestamp', {
        type: 'DateTime',
        nullable: true,
        description: 'When the greeting ended.',
      }),
    }),
  });

export const ContactCampaign = builder.objectRef<Campaign>('ContactCampaign').implement({
  description: 'The outbound campaign of the contact (DescribeContact Campaign).',
  fields: (t) => ({
    campaignId: t.exposeString('CampaignId', { nullable: true, description: 'The campaign id.' }),
  }),
});

export const ContactDetailsInfo = builder.objectRef<ContactDetails>('ContactDetails').implement({
  description: 'The name and description of an email contact (DescribeContact ContactDetails).',
  fields: (t) => ({
    name: t.exposeString('Name', { nullable: true, description: 'The name (up to 1,024 characters).' }),
    description: t.exposeString('Description', {
      nullable: true,
      description: 'The description (up to 1,024 characters).',
    }),
  }),
});

const ContactQuickConnect = builder.objectRef<QuickConnectContactData>('ContactQuickConnect').implement({
  description: 'The quick connect of a next contact (DescribeContact QuickConnectContactData).',
  fields: (t) => ({
    contactId: t.exposeID('ContactId', { nullable: true, description: 'The id of the contact it creates.' }),
    initiationTimestamp: t.expose('InitiationTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When that contact was initiated.',
    }),
    quickConnectId: t.exposeString('QuickConnectId', { nullable: true, description: 'The quick connect id.' }),
    quickConnectName: t.exposeString('QuickConnectName', {
      nullable: true,
      description: 'The name of the quick connect.',
    }),
    quickConnectType: t.exposeString('QuickConnectType', {
      nullable: true,
      description: 'What the quick connect reaches: `USER`, `QUEUE`, `PHONE_NUMBER` or `FLOW`.',
    }),
  }),
});

export const ContactNextContact = builder.objectRef<NextContactEntry>('ContactNextContact').implement({
  description: 'A contact that follows this one (DescribeContact NextContactEntry).',
  fields: (t) => ({
    type: t.exposeString('Type', { nullable: true, description: 'How it follows, e.g. `QUICK_CONNECT`.' }),
    quickConnect: t.field({
      type: ContactQuickConnect,
      nullable: true,
      description: 'The quick connect that creates it, for the type `QUICK_CONNECT`.',
      resolve: (n) => n.NextContactMetadata?.QuickConnectContactData,
    }),
  }),
});

export const ContactGlobalResiliencyMetadata = builder
  .objectRef<GlobalResiliencyMetadata>('ContactGlobalResiliencyMetadata')
  .implement({
    description: 'Where a contact of a replicated instance is handled (DescribeContact GlobalResiliencyMetadata).',
    fields: (t) => ({
      activeRegion: t.exposeString('ActiveRegion', {
        nullable: true,
        description: 'The Region the contact is handled in now.',
      }),
      originRegion: t.exposeString('OriginRegion', {
        nullable: true,
        description: 'The Region the contact began in.',
      }),
      trafficDistributionGroupId: t.exposeString('TrafficDistributionGroupId', {
        nullable: true,
        description: 'The traffic distribution group that distributes the contact.',
      }),
    }),
  });

const ContactEmailRecipient = builder.objectRef<EmailRecipient>('ContactEmailRecipient').implement({
  description: 'One recipient of an email contact (DescribeContact EmailRecipient).',
  fields: (t) => ({
    address: t.exposeString('Address', { nullable: true, description: 'The email address.' }),
    displayName: t.exposeString('DisplayName', { nullable: true, description: 'The name shown for the address.' }),
  }),
});

export const ContactAdditionalEmailRecipients = builder
  .objectRef<AdditionalEmailRecipients>('ContactAdditionalEmailRecipients')
  .implement({
    description: 'The other recipients of an email contact (DescribeContact AdditionalEmailRecipients).',
    fields: (t) => ({
      toList: t.field({
        type: [ContactEmailRecipient],
        description: 'The other "To" recipients; empty when none.',
        resolve: (r) => r.ToList ?? [],
      }),
      ccList: t.field({
        type: [ContactEmailRecipient],
        description: 'The "Cc" recipients; empty when none.',
        resolve: (r) => r.CcList ?? [],
      }),
    }),
  });

export const ContactEvaluationInfo = builder.objectRef<[string, ContactEvaluation]>('ContactEvaluation').implement({
  description: 'One evaluation of the contact, by its evaluation id (DescribeContact ContactEvaluation).',
  fields: (t) => ({
    evaluationId: t.id({ description: 'The evaluation id (the key of the map).', resolve: ([key]) => key }),
    formId: t.string({ nullable: true, description: 'The evaluation form id.', resolve: ([, e]) => e.FormId }),
    evaluationArn: t.string({
      nullable: true,
      description: 'The ARN of the evaluation.',
      resolve: ([, e]) => e.EvaluationArn,
    }),
    status: t.string({
      nullable: true,
      description: 'The status: `COMPLETE`, `IN_PROGRESS` or `DELETED`.',
      resolve: ([, e]) => e.Status,
    }),
    startTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the evaluation began.',
      resolve: ([, e]) => e.StartTimestamp,
    }),
    endTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the evaluation was completed.',
      resolve: ([, e]) => e.EndTimestamp,
    }),
    deleteTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the evaluation was deleted.',
      resolve: ([, e]) => e.DeleteTimestamp,
    }),
    exportLocation: t.string({
      nullable: true,
      description: 'Where the evaluation was exported.',
      resolve: ([, e]) => e.ExportLocation,
    }),
  }),
});
