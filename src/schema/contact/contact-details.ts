import { builder } from '../builder.ts';
import { Contact } from './contact.ts';
import {
  ContactAdditionalEmailRecipients,
  ContactCampaign,
  ContactChatMetrics,
  ContactCustomer,
  ContactCustomerVoiceActivity,
  ContactDetailsInfo,
  ContactDeviceInfo,
  ContactDisconnectDetails,
  ContactEvaluationInfo,
  ContactGlobalResiliencyMetadata,
  ContactHierarchyGroups,
  ContactNextContact,
  ContactParticipantCapabilities,
  ContactQualityMetrics,
  ContactRecording,
  ContactStateTransition,
} from './contact-detail-parts.ts';
import { ContactAgentInfo } from './contact-parts.ts';

// DescribeContact members a desktop or supervisor reads beyond the contact's basics, each from the
// contact's one DescribeContact answer (no further call).

builder.objectFields(Contact, (t) => ({
  contactAssociationId: t.id({
    nullable: true,
    description: 'The id of the email thread the contact belongs to: contacts of one thread share it.',
    resolve: (c) => c.contact.ContactAssociationId,
  }),
  customer: t.field({
    type: ContactCustomer,
    nullable: true,
    description: "The customer's device and capabilities, e.g. for in-app and video calls.",
    resolve: (c) => c.contact.Customer,
  }),
  disconnectDetails: t.field({
    type: ContactDisconnectDetails,
    nullable: true,
    description: 'What Connect found about the disconnection of a voice contact; null when nothing.',
    resolve: (c) => c.contact.DisconnectDetails,
  }),
  recordings: t.field({
    type: [ContactRecording],
    description: 'The recordings of the contact, with where each is kept and its status; empty when none.',
    resolve: (c) => c.contact.Recordings ?? [],
  }),
  qualityMetrics: t.field({
    type: ContactQualityMetrics,
    nullable: true,
    description: 'The audio quality of a voice contact, for the agent and the customer.',
    resolve: (c) => c.contact.QualityMetrics,
  }),
  chatMetrics: t.field({
    type: ContactChatMetrics,
    nullable: true,
    description: 'The metrics of a chat contact: messages, response times, for the chat and each participant.',
    resolve: (c) => c.contact.ChatMetrics,
  }),
  customerVoiceActivity: t.field({
    type: ContactCustomerVoiceActivity,
    nullable: true,
    description: "When the customer's greeting began and ended, on an outbound call.",
    resolve: (c) => c.contact.CustomerVoiceActivity,
  }),
  campaign: t.field({
    type: ContactCampaign,
    nullable: true,
    description: 'The outbound campaign that made the contact, if any.',
    resolve: (c) => c.contact.Campaign,
  }),
  contactDetails: t.field({
    type: ContactDetailsInfo,
    nullable: true,
    description: 'The name and description of an email contact.',
    resolve: (c) => c.contact.ContactDetails,
  }),
  nextContacts: t.field({
    type: [ContactNextContact],
    description: 'The contacts that follow this one, e.g. made through a quick connect; empty when none.',
    resolve: (c) => c.contact.NextContacts ?? [],
  }),
  globalResiliencyMetadata: t.field({
    type: ContactGlobalResiliencyMetadata,
    nullable: true,
    description: 'For an instance replicated across Regions: where the contact began and where it is handled.',
    resolve: (c) => c.contact.GlobalResiliencyMetadata,
  }),
  additionalEmailRecipients: t.field({
    type: ContactAdditionalEmailRecipients,
    nullable: true,
    description: 'The other recipients of an email contact (To and Cc).',
    resolve: (c) => c.contact.AdditionalEmailRecipients,
  }),
  contactEvaluations: t.field({
    type: [ContactEvaluationInfo],
    description: 'The evaluations of the contact, sorted by evaluation id; empty when none.',
    resolve: (c) => Object.entries(c.contact.ContactEvaluations ?? {}).sort(([a], [b]) => a.localeCompare(b)),
  }),
}));

builder.objectFields(ContactAgentInfo, (t) => ({
  previewEndTimestamp: t.expose('PreviewEndTimestamp', {
    type: 'DateTime',
    nullable: true,
    description: 'When the agent finished previewing an outbound contact.',
  }),
  hierarchyGroups: t.expose('HierarchyGroups', {
    type: ContactHierarchyGroups,
    nullable: true,
    description: "The agent's hierarchy groups, level 1 to 5.",
  }),
  deviceInfo: t.expose('DeviceInfo', {
    type: ContactDeviceInfo,
    nullable: true,
    description: "The agent's device.",
  }),
  capabilities: t.expose('Capabilities', {
    type: ContactParticipantCapabilities,
    nullable: true,
    description: "The agent's video and screen-sharing capabilities.",
  }),
  agentInitiatedHoldDurationInSeconds: t.exposeInt('AgentInitiatedHoldDuration', {
    nullable: true,
    description: 'How long the agent held the customer, in seconds.',
  }),
  stateTransitions: t.field({
    type: [ContactStateTransition],
    description: "The states of the agent's participation in the contact, in order; empty when none.",
    resolve: (a) => a.StateTransitions ?? [],
  }),
  voiceEnhancementMode: t.exposeString('VoiceEnhancementMode', {
    nullable: true,
    description: "The agent's voice enhancement: `VOICE_ISOLATION`, `NOISE_SUPPRESSION` or `NONE`.",
  }),
  activeRegion: t.exposeString('ActiveRegion', {
    nullable: true,
    description: 'The Region the agent is active in, for an instance replicated across Regions.',
  }),
}));
