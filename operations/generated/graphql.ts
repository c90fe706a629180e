/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Agents named by user id. */
export type AgentsCriteriaInput = {
  /** User ids of agents (each at most 256 characters). */
  agentIds?: Array<string | number> | null | undefined;
};

/** Which contact, and the agent to give it to. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type AssociateContactWithUserInput = {
  /** The contact id (1 to 256 characters): a queued contact of a channel other than VOICE (a voice contact or one not in a queue: InvalidRequestError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The agent: the user's id or ARN (1 to 256 characters). */
  userId: string | number;
};

/** A condition on a predefined attribute, e.g. agents with proficiency 3.0 or more in the language "French". */
export type AttributeConditionInput = {
  /** How the proficiency is compared, e.g. NumberGreaterOrEqualTo or Range (1 to 127 characters). */
  comparisonOperator?: string | null | undefined;
  /** The agents the condition matches. */
  matchCriteria?: MatchCriteriaInput | null | undefined;
  /** The predefined attribute's name, e.g. "Language" (1 to 100 characters). */
  name?: string | null | undefined;
  /** The proficiency level the condition compares with (1.0 to 5.0). */
  proficiencyLevel?: number | null | undefined;
  /** A range of proficiency levels instead of one level. */
  range?: ProficiencyRangeInput | null | undefined;
  /** The attribute's value, e.g. "French" (1 to 128 characters). */
  value?: string | null | undefined;
};

/** The channel of a contact (Amazon Connect Channel). */
export type Channel =
  /** A chat conversation. */
  | 'CHAT'
  /** An email conversation. */
  | 'EMAIL'
  /** A task: a piece of work for an agent that is not a conversation. */
  | 'TASK'
  /** A phone or in-app voice call. */
  | 'VOICE';

/** One user-defined contact attribute to set: its key and its new value. */
export type ContactAttributeInput = {
  /** The attribute key (1 to 32767 characters of ASCII letters, digits, "-" and "_"), unique within the input. A repeated key is an InvalidParameterError at the later entry. */
  key: string;
  /** The new value (0 to 32767 characters). "" clears the value (the key stays, with an empty value): Connect cannot delete an attribute. null is refused. */
  value: string;
};

/** Where a contact change comes from. */
export type ContactChangeSource =
  /** One of Amazon Connect's own contact events (e.g. a contact connected to an agent): `eventType` names it; `operation` is null and `changes` empty. Sent when the gateway reads a queue of Connect's contact events (EventBridge to SQS); `echoOf` names the gateway change a `CONTACT_DATA_UPDATED` echoes. */
  | 'CONNECT'
  /** A mutation of this API succeeded: `operation` names it and `changes` lists what it sent. */
  | 'GATEWAY';

/** How a contact was initiated (Amazon Connect ContactInitiationMethod). */
export type ContactInitiationMethod =
  /** An agent replied to an email contact, creating an outbound email contact. */
  | 'AGENT_REPLY'
  /** The contact was started through the Amazon Connect API, e.g. StartTaskContact or StartOutboundVoiceContact. */
  | 'API'
  /** The contact is a callback the customer asked for. */
  | 'CALLBACK'
  /** A flow started the contact when another contact ended, e.g. a follow-up task. */
  | 'DISCONNECT'
  /** An agent called an external participant from an ongoing contact. */
  | 'EXTERNAL_OUTBOUND'
  /** A flow started the contact, e.g. an email sent from a flow. */
  | 'FLOW'
  /** The customer initiated the contact: called in or started a chat. */
  | 'INBOUND'
  /** A supervisor started monitoring a contact. */
  | 'MONITOR'
  /** An agent initiated the contact, e.g. by calling a customer from the CCP. */
  | 'OUTBOUND'
  /** A flow transferred the contact from one queue to another. */
  | 'QUEUE_TRANSFER'
  /** An agent transferred the contact to another agent or queue with a quick connect. */
  | 'TRANSFER'
  /** An in-app, web or video call started with StartWebRTCContact. */
  | 'WEBRTC_API';

/** Which recording of a voice contact (Amazon Connect ContactRecordingType). */
export type ContactRecordingType =
  /** The agent's part of the call. */
  | 'AGENT'
  /** The part of the call before an agent, in the flow (IVR). */
  | 'IVR'
  /** The agent's screen. */
  | 'SCREEN';

/** One entry of the contact's References map: a named link, file, value or note shown with the contact. */
export type ContactReferenceInput = {
  /** The ARN of the referenced resource, e.g. an attachment (20 to 256 characters, starting with letters, digits, "-", ":" or "/"). Omitted or null: not sent. */
  arn?: string | null | undefined;
  /** The reference name, unique within the input (1 to 4096 characters). A repeated key is an InvalidParameterError at the later entry. */
  key: string;
  /** The status of the reference, e.g. of an attachment. Omitted or null: not sent. */
  status?: ReferenceStatus | null | undefined;
  /** Why the reference has its status (0 to 100 characters). Omitted or null: not sent. */
  statusReason?: string | null | undefined;
  /** How Connect treats the value (any value of the SDK's ReferenceType). */
  type: ReferenceType;
  /** The reference value (0 to 4096 characters), e.g. the URL of a URL reference. Omitted or null: not sent (Connect's model requires only the type). */
  value?: string | null | undefined;
};

/** One tag to put on a contact: its key and value. */
export type ContactTagInput = {
  /** The tag key (1 to 128 characters of letters a-z and A-Z, digits and + , - . / : ; < = _; not starting with "aws:" in any case, which AWS reserves for its own tags such as those Connect adds), unique within the input. */
  key: string;
  /** The tag value (0 to 256 characters). */
  value: string;
};

/** Why the contact is being ended, as the contact record keeps it. */
export type DisconnectReasonInput = {
  /** A disconnect reason code (Connect's model sets no list or length). Connect documents that only Connect outbound campaigns can provide it: from other callers Connect may refuse it. Omitted or null: not sent. */
  code?: string | null | undefined;
};

/** Which agent, and which of their contacts to dismiss. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type DismissUserContactInput = {
  /** The contact id (1 to 256 characters): one of the agent's contacts in state MISSED, ERROR, ENDED or REJECTED (another agent's, one in progress, or one dismissed already: InvalidRequestError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The agent whose contact it is: the user's id (Connect's model sets no length; empty, "." and ".." are refused, as it travels in the URL path). */
  userId: string | number;
};

/** The kind of address of a contact endpoint (Amazon Connect EndpointType). */
export type EndpointType =
  /** The ARN of a phone number claimed in Amazon Connect. */
  | 'CONNECT_PHONENUMBER_ARN'
  /** A flow. */
  | 'CONTACT_FLOW'
  /** An email address. */
  | 'EMAIL_ADDRESS'
  /** A phone number in E.164 format, e.g. +15555550100. */
  | 'TELEPHONE_NUMBER'
  /** A voice-over-IP address, e.g. of an in-app or web call. */
  | 'VOIP';

/** Which part of the IVR to record (Amazon Connect IvrRecordingTrack). */
export type IvrRecordingTrack =
  /** All of it. */
  | 'ALL';

/** Which agents a condition matches. */
export type MatchCriteriaInput = {
  /** Agents named by user id. */
  agentsCriteria?: AgentsCriteriaInput | null | undefined;
};

/** What a monitoring user may do (Amazon Connect MonitorCapability). */
export type MonitorCapability =
  /** Join the conversation. Connect requires it listed when barge is enabled. */
  | 'BARGE'
  /** Listen (or read) without being heard. */
  | 'SILENT_MONITOR';

/** Which contact, who monitors it and how. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type MonitorContactInput = {
  /** What the user may do (at most 2). Omitted: as the user's security profile allows. */
  allowedMonitorCapabilities?: Array<MonitorCapability> | null | undefined;
  /** An idempotency token of your choice (at most 500 characters): a repeated request with the same token and members answers the first monitoring contact again; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries. */
  clientToken?: string | null | undefined;
  /** The contact id (1 to 256 characters): a VOICE or CHAT contact connected to an agent (another channel or state: InvalidRequestError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The monitoring user (the supervisor): the user's id or ARN (1 to 256 characters). */
  userId: string | number;
};

/** Which task to pause. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type PauseContactInput = {
  /** The id of the flow (at most 500 characters). Optional; omitted or null: not sent. */
  contactFlowId?: string | number | null | undefined;
  /** The contact id (1 to 256 characters): an ongoing task that is not paused nor scheduled for later (another channel: InvalidRequestError; another state: ConflictError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** A range of proficiency levels, both ends included. */
export type ProficiencyRangeInput = {
  /** The highest proficiency level (1.0 to 5.0). */
  maxProficiencyLevel?: number | null | undefined;
  /** The lowest proficiency level (1.0 to 5.0). */
  minProficiencyLevel?: number | null | undefined;
};

/** The status of a contact reference (Amazon Connect ReferenceStatus), e.g. of an attachment. */
export type ReferenceStatus =
  /** The referenced item, e.g. an attachment, was approved. */
  | 'APPROVED'
  /** The referenced item is available. */
  | 'AVAILABLE'
  /** The referenced item was deleted. */
  | 'DELETED'
  /** Processing the referenced item failed. */
  | 'FAILED'
  /** The referenced item is being processed, e.g. an attachment being scanned. */
  | 'PROCESSING'
  /** The referenced item, e.g. an attachment, was rejected. */
  | 'REJECTED';

/** The type of a contact reference (Amazon Connect ReferenceType): how Connect and the agent's CCP treat its value. */
export type ReferenceType =
  /** A file attached to the contact; the value identifies the uploaded file. */
  | 'ATTACHMENT'
  /** A Contact Lens analysis of the contact. */
  | 'CONTACT_ANALYSIS'
  /** A date and time; Connect requires the value to be an epoch timestamp. */
  | 'DATE'
  /** An email address. */
  | 'EMAIL'
  /** An email message of an email contact. */
  | 'EMAIL_MESSAGE'
  /** The plain-text version of an email message of an email contact. */
  | 'EMAIL_MESSAGE_PLAIN_TEXT'
  /** The plain-text version of an email message, with sensitive data redacted. */
  | 'EMAIL_MESSAGE_PLAIN_TEXT_REDACTED'
  /** An email message of an email contact, with sensitive data redacted. */
  | 'EMAIL_MESSAGE_REDACTED'
  /** A number, shown to the agent. */
  | 'NUMBER'
  /** Free text, shown to the agent. */
  | 'STRING'
  /** A link: the value is a URL that the agent can open from the Contact Control Panel (CCP). */
  | 'URL';

/** Which paused task to resume. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type ResumeContactInput = {
  /** The id of the flow (at most 500 characters). Optional; omitted or null: not sent. */
  contactFlowId?: string | number | null | undefined;
  /** The contact id (1 to 256 characters): a paused task (another channel: InvalidRequestError; not paused: ConflictError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** Which voice contact, its chain, and optionally which recording. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type ResumeContactRecordingInput = {
  /** The contact id (1 to 256 characters): an active VOICE contact whose recording is suspended (another channel, an ended contact or no suspended recording: InvalidRequestError). */
  contactId: string | number;
  /** Which recording: AGENT, IVR or SCREEN. Omitted: every recording the contact has in that state. */
  contactRecordingType?: ContactRecordingType | null | undefined;
  /** The id of the first contact of the contact's chain (1 to 256 characters): `Contact.initialContactId`, the contact's own id when it was never transferred. Another chain's id is an InvalidRequestError. */
  initialContactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** Routing criteria for the contact: steps tried in order, each routing to agents that meet its expression until it expires. */
export type RoutingCriteriaInput = {
  /** The routing steps, in order. */
  steps: Array<RoutingCriteriaStepInput>;
};

/** When the step gives way to the next one. */
export type RoutingCriteriaStepExpiryInput = {
  /** Seconds before the step expires. */
  durationInSeconds?: number | null | undefined;
};

/** One routing step: which agents may take the contact, for how long. */
export type RoutingCriteriaStepInput = {
  /** When the step expires. Omitted: it does not expire. */
  expiry?: RoutingCriteriaStepExpiryInput | null | undefined;
  /** The agents the step routes to. */
  expression?: RoutingExpressionInput | null | undefined;
};

/** Where a routing step stands (Amazon Connect RoutingCriteriaStepStatus). */
export type RoutingCriteriaStepStatus =
  /** The step is the one routing the contact now. */
  | 'ACTIVE'
  /** The step expired without the contact being routed. */
  | 'EXPIRED'
  /** The step has not started. */
  | 'INACTIVE'
  /** The contact was routed to an agent during this step. */
  | 'JOINED';

/** A routing expression: a condition, its negation, or expressions joined by AND or OR (nested as deep as needed). Connect expects one member to be set. */
export type RoutingExpressionInput = {
  /** Expressions that must all hold. */
  andExpression?: Array<RoutingExpressionInput> | null | undefined;
  /** A condition the agent must meet. */
  attributeCondition?: AttributeConditionInput | null | undefined;
  /** A condition the agent must not meet. */
  notAttributeCondition?: AttributeConditionInput | null | undefined;
  /** Expressions of which one must hold. */
  orExpression?: Array<RoutingExpressionInput> | null | undefined;
};

/** Contacts by Contact Lens' analysis of them. */
export type SearchContactsContactAnalysisInput = {
  /** By the words of the transcript. */
  transcript?: SearchContactsTranscriptInput | null | undefined;
};

/** What the contacts found must match; every given member must match. */
export type SearchContactsCriteriaInput = {
  /** Handled by any of these agents (0 to 100 user ids, each 1 to 256 characters). */
  agentIds?: Array<string | number> | null | undefined;
  /** Any of these channels. */
  channels?: Array<Channel> | null | undefined;
  /** By Contact Lens' analysis. */
  contactAnalysis?: SearchContactsContactAnalysisInput | null | undefined;
  /** Initiated in any of these ways. */
  initiationMethods?: Array<ContactInitiationMethod> | null | undefined;
  /** In any of these queues (0 to 100 queue ids). */
  queueIds?: Array<string | number> | null | undefined;
  /** By user-defined attributes. */
  searchableContactAttributes?: SearchableContactAttributesInput | null | undefined;
  /** By segment attributes. */
  searchableSegmentAttributes?: SearchableSegmentAttributesInput | null | undefined;
};

/** Which contacts to find: an instance, a time range, and optionally criteria and a sort. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type SearchContactsInput = {
  /** The Connect instance id (1 to 100 characters). An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** What the contacts must match besides the time. */
  searchCriteria?: SearchContactsCriteriaInput | null | undefined;
  /** The order of the results; omitted: Connect's. */
  sort?: SearchContactsSortInput | null | undefined;
  /** The time range the contacts lie in. */
  timeRange: SearchContactsTimeRangeInput;
};

/** How the criteria combine: every one (MATCH_ALL) or any one (MATCH_ANY) must match. */
export type SearchContactsMatchType =
  /** Every criterion matches. */
  | 'MATCH_ALL'
  /** At least one criterion matches. */
  | 'MATCH_ANY'
  /** The criteria match exactly. */
  | 'MATCH_EXACT'
  /** No criterion matches. */
  | 'MATCH_NONE';

/** Whose words in the transcript a criterion searches. */
export type SearchContactsParticipantRole =
  /** What the agent said. */
  | 'AGENT'
  /** What the customer said. */
  | 'CUSTOMER'
  /** What a custom bot said. */
  | 'CUSTOM_BOT'
  /** What a supervisor said. */
  | 'SUPERVISOR'
  /** What the system said, e.g. prompts. */
  | 'SYSTEM';

/** What the contacts are sorted by. */
export type SearchContactsSortField =
  /** The channel. */
  | 'CHANNEL'
  /** When the contact was connected to an agent. */
  | 'CONNECTED_TO_AGENT_TIMESTAMP'
  /** When the contact ended. */
  | 'DISCONNECT_TIMESTAMP'
  /** When the contact expires. */
  | 'EXPIRY_TIMESTAMP'
  /** How the contact was initiated. */
  | 'INITIATION_METHOD'
  /** When the contact was initiated. */
  | 'INITIATION_TIMESTAMP'
  /** When a scheduled task is due. */
  | 'SCHEDULED_TIMESTAMP';

/** How the contacts are sorted. */
export type SearchContactsSortInput = {
  /** The field to sort by. */
  fieldName: SearchContactsSortField;
  /** The direction. */
  order: SearchContactsSortOrder;
};

/** Ascending or descending. */
export type SearchContactsSortOrder =
  /** Smallest or earliest first. */
  | 'ASCENDING'
  /** Largest or latest first. */
  | 'DESCENDING';

/** The contacts whose timestamp of `type` lies from `start` to `end`. */
export type SearchContactsTimeRangeInput = {
  /** The end of the range. */
  end: string;
  /** The start of the range. */
  start: string;
  /** Which timestamp the range applies to. */
  type: SearchContactsTimeRangeType;
};

/** Which timestamp of a contact the time range applies to. */
export type SearchContactsTimeRangeType =
  /** When the contact was connected to an agent. */
  | 'CONNECTED_TO_AGENT_TIMESTAMP'
  /** When the contact ended. */
  | 'DISCONNECT_TIMESTAMP'
  /** When the contact was put in a queue. */
  | 'ENQUEUE_TIMESTAMP'
  /** When the contact was initiated. */
  | 'INITIATION_TIMESTAMP'
  /** When a scheduled task is due. */
  | 'SCHEDULED_TIMESTAMP';

/** Words one participant said, in Contact Lens' transcript of the contact. */
export type SearchContactsTranscriptCriterionInput = {
  /** How the words combine. */
  matchType: SearchContactsMatchType;
  /** Whose words. */
  participantRole: SearchContactsParticipantRole;
  /** The words (0 to 100, each at most 128 characters). */
  searchText: Array<string>;
};

/** Contacts by what was said in them (Contact Lens conversational analytics). */
export type SearchContactsTranscriptInput = {
  /** The criteria (0 to 6). */
  criteria: Array<SearchContactsTranscriptCriterionInput>;
  /** How the criteria combine. */
  matchType?: SearchContactsMatchType | null | undefined;
};

/** A user-defined contact attribute and the values it may have. */
export type SearchableContactAttributeInput = {
  /** The attribute key (1 to 100 characters); Connect searches only attributes the instance marks searchable. */
  key: string;
  /** The values it may have (0 to 20, each 0 to 100 characters). */
  values: Array<string>;
};

/** Contacts by their user-defined attributes. */
export type SearchableContactAttributesInput = {
  /** The attributes (0 to 15). */
  criteria: Array<SearchableContactAttributeInput>;
  /** How the criteria combine; Connect defaults to MATCH_ALL. */
  matchType?: SearchContactsMatchType | null | undefined;
};

/** A segment attribute and the string values it may have. */
export type SearchableSegmentAttributeInput = {
  /** The segment attribute key (1 to 64 characters). */
  key: string;
  /** The values it may have (1 to 20, each 0 to 128 characters). */
  values: Array<string>;
};

/** Contacts by their segment attributes. */
export type SearchableSegmentAttributesInput = {
  /** The segment attributes (1 to 15). */
  criteria: Array<SearchableSegmentAttributeInput>;
  /** How the criteria combine; Connect defaults to MATCH_ALL. */
  matchType?: SearchContactsMatchType | null | undefined;
};

/** One segment attribute to set on the contact (Amazon Connect SegmentAttributes): a key and exactly one of valueString, valueInteger, valueArn, valueJson (otherwise an InvalidParameterError at the entry). */
export type SegmentAttributeInput = {
  /** The attribute name (1 to 128 characters), unique within the input. Connect refuses system attributes ("connect:…") other than connect:ContactExpiry. */
  key: string;
  /** An ARN value (0 to 1024 characters). */
  valueArn?: string | null | undefined;
  /** An integer value. */
  valueInteger?: number | null | undefined;
  /** A map or list value, as JSON text exactly as Contact.segmentAttributes.valueJson answers it: an object is a ValueMap, an array a ValueList, each nested value a segment attribute value such as {"ValueString": "x"}. */
  valueJson?: string | null | undefined;
  /** A string value (0 to 1024 characters). */
  valueString?: string | null | undefined;
};

/** Which voice contact, its chain, and what to record. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type StartContactRecordingInput = {
  /** The contact id (1 to 256 characters): an active VOICE contact not recorded yet on the tracks named (another channel, an ended contact, or a track already started, suspended or stopped: InvalidRequestError). */
  contactId: string | number;
  /** The id of the first contact of the contact's chain (1 to 256 characters): `Contact.initialContactId`. Another chain's id is an InvalidRequestError. */
  initialContactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** What to record. */
  voiceRecordingConfiguration: VoiceRecordingConfigurationInput;
};

/** The task to create, and the flow that runs it: exactly one of contactFlowId, quickConnectId, taskTemplateId (none or more than one is an InvalidRequestError, and nothing is sent to Connect). Lengths count Unicode code points, as Connect does. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type StartTaskContactInput = {
  /** User-defined contact attributes of the task, as a list with unique keys (keys 1 to 32767 characters of ASCII letters, digits, "-" and "_"; values 0 to 32767 characters); all keys and values together at most 32768 bytes of UTF-8. */
  attributes?: Array<ContactAttributeInput> | null | undefined;
  /** An idempotency token of your choice (at most 500 characters): the same token with the same members answers the contact the first request created, without creating another; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries, so send your own whenever you may retry the request yourself. */
  clientToken?: string | null | undefined;
  /** The flow that runs the task (at most 500 characters), as an id of the instance or an ARN. Not with quickConnectId or taskTemplateId. */
  contactFlowId?: string | number | null | undefined;
  /** The description of the task (0 to 4096 characters). Omitted or null: none. */
  description?: string | null | undefined;
  /** The Connect instance id (1 to 100 characters). An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The name of the task (0 to 1024 characters), shown to agents. */
  name: string;
  /** A task contact this one continues (1 to 256 characters): they share user-defined attributes; at most 12 tasks share one previous contact (the 13th is ServiceQuotaExceededError). */
  previousContactId?: string | number | null | undefined;
  /** The quick connect whose agent or queue flow runs the task (Connect documents no length limit). Not with contactFlowId or taskTemplateId. */
  quickConnectId?: string | number | null | undefined;
  /** References shown with the task, as a list with unique keys (sent as Connect's References map); their keys, values, ARNs and status reasons together at most 4096 bytes of UTF-8. */
  references?: Array<ContactReferenceInput> | null | undefined;
  /** A contact this task is linked to (1 to 256 characters): its attributes are copied to the new task, and later changes do not flow back. */
  relatedContactId?: string | number | null | undefined;
  /** When the flow starts: from now to 6 days ahead. Omitted or null: at once. */
  scheduledTime?: string | null | undefined;
  /** Segment attributes of the task, as a list with unique keys (sent as its SegmentAttributes map). */
  segmentAttributes?: Array<SegmentAttributeInput> | null | undefined;
  /** The task template the task is made from (1 to 500 characters); the template must have a flow. Not with contactFlowId or quickConnectId. */
  taskTemplateId?: string | number | null | undefined;
};

/** Which contact to end, and optionally why. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type StopContactInput = {
  /** The contact id (1 to 256 characters): an ongoing contact; a voice contact initiated by DISCONNECT, TRANSFER, QUEUE_TRANSFER, EXTERNAL_OUTBOUND or MONITOR cannot be stopped (InvalidRequestError). */
  contactId: string | number;
  /** Why the contact is ended. Optional; Connect documents it for Connect outbound campaigns only (see DisconnectReasonInput.code). */
  disconnectReason?: DisconnectReasonInput | null | undefined;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** Which voice contact, its chain, and optionally which recording. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type StopContactRecordingInput = {
  /** The contact id (1 to 256 characters): an active VOICE contact whose recording is in progress or suspended (another channel, an ended contact or no such recording: InvalidRequestError). */
  contactId: string | number;
  /** Which recording: AGENT, IVR or SCREEN. Omitted: every recording the contact has in that state. */
  contactRecordingType?: ContactRecordingType | null | undefined;
  /** The id of the first contact of the contact's chain (1 to 256 characters): `Contact.initialContactId`, the contact's own id when it was never transferred. Another chain's id is an InvalidRequestError. */
  initialContactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** Which voice contact, its chain, and optionally which recording. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type SuspendContactRecordingInput = {
  /** The contact id (1 to 256 characters): an active VOICE contact whose recording is in progress (another channel, an ended contact or no recording in progress: InvalidRequestError). */
  contactId: string | number;
  /** Which recording: AGENT, IVR or SCREEN. Omitted: every recording the contact has in that state. */
  contactRecordingType?: ContactRecordingType | null | undefined;
  /** The id of the first contact of the contact's chain (1 to 256 characters): `Contact.initialContactId`, the contact's own id when it was never transferred. Another chain's id is an InvalidRequestError. */
  initialContactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** Which contact, and the tags to put on it. Lengths count Unicode code points. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type TagContactInput = {
  /** The contact id (1 to 256 characters). Tags belong to this contact, not to its chain. */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters). An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The tags to add (1 to 6 per call, unique keys). A key the contact already has gets the new value; other tags stay. Connect refuses (InvalidRequestError) more than 50 tags on one contact; its own "aws:" tags do not count. */
  tags: Array<ContactTagInput>;
};

/** Which contact, the flow that takes it there, and where it goes: exactly one of queueId and userId (both or neither is an InvalidRequestError, and nothing is sent to Connect). Every violated limit is reported at once as an InvalidParameterError. */
export type TransferContactInput = {
  /** An idempotency token of your choice (at most 500 characters): a repeated request with the same token and members is done once and answers the first answer again; with other members it is an IdempotencyError. Omitted: the gateway's SDK makes one, reused only by its own retries, so send your own whenever you may retry the request yourself (after a timeout or an InternalServiceError). */
  clientToken?: string | null | undefined;
  /** The id of the flow that takes the contact to its destination: an inbound, transfer-to-agent or transfer-to-queue flow (at most 500 characters). */
  contactFlowId: string | number;
  /** The contact id (1 to 256 characters): an active TASK or EMAIL contact, transferred fewer than 11 times (another channel or an ended contact: InvalidRequestError; the 12th transfer: ServiceQuotaExceededError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The queue to transfer to (Connect documents no length limit). Not with userId. */
  queueId?: string | number | null | undefined;
  /** The agent to transfer to: the user's id or ARN (1 to 256 characters). Not with queueId. */
  userId?: string | number | null | undefined;
};

/** Which contact, and the keys of the tags to remove from it. Lengths count Unicode code points. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type UntagContactInput = {
  /** The contact id (1 to 256 characters). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters). An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The keys of the tags to remove (1 to 6 per call; each 1 to 128 characters of letters a-z and A-Z, digits and + , - . / : ; < = _). A key the contact does not have is ignored; a key named twice is removed once. Keys starting with "aws:" in any case are refused: Connect's own tags cannot be removed. */
  tagKeys: Array<string>;
};

/** Which contact chain, and the attributes to merge into it. Lengths count Unicode code points; all keys and values together may be at most 32768 bytes of UTF-8. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type UpdateContactAttributesInput = {
  /** The attributes to set, as a list with unique keys (sent to Connect as its Attributes map). Merged: keys not sent keep their values, keys sent get the new value. Connect refuses (InvalidRequestError) a merge that would take the chain's attributes past 32768 bytes. */
  attributes: Array<ContactAttributeInput>;
  /** The id of the first contact of the chain (1 to 256 characters): `Contact.initialContactId`, which equals the contact's own id when it was never transferred. Attributes belong to the chain: every segment of it reads them. */
  initialContactId: string | number;
  /** The Connect instance id (1 to 100 characters). An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
};

/** What to change on a contact. Omitted or null fields are left unchanged and not sent; an empty string clears the field. At least one of name, description, references, segmentAttributes must be given (otherwise InvalidRequestError). Lengths count Unicode code points, as Connect does (512 emoji are 512 characters). Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type UpdateContactInput = {
  /** The contact id (1 to 256 characters). Works for ongoing and completed contacts. */
  contactId: string | number;
  /** The new description (0 to 4096 characters). Omitted or null: unchanged; "": cleared. */
  description?: string | null | undefined;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The new name (0 to 512 characters). Omitted or null: unchanged; "": cleared. */
  name?: string | null | undefined;
  /** References to set, as a list with unique keys (sent to Connect as its References map); their keys, values, ARNs and status reasons together at most 4096 bytes of UTF-8. Omitted, null or an empty list: references unchanged (an empty list alone is "nothing to update"). */
  references?: Array<ContactReferenceInput> | null | undefined;
  /** Segment attributes to set, as a list with unique keys (sent to Connect as its SegmentAttributes map). Omitted, null or an empty list: unchanged (an empty list alone is "nothing to update"). */
  segmentAttributes?: Array<SegmentAttributeInput> | null | undefined;
};

/** A new place in its queue for a contact waiting in one, and/or new routing criteria: at most one of queuePriority and queueTimeAdjustmentSeconds, and at least one of the three (otherwise an InvalidParameterError). Every violated limit is reported at once, and nothing is sent to Connect. */
export type UpdateContactRoutingDataInput = {
  /** The contact id (1 to 256 characters): a contact waiting in a queue (otherwise Connect answers ResourceConflictError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The contact's priority in its queue, 1 to 9223372036854775807 (a 64-bit integer, kept exact; a string of digits or an integer literal): a lower number is routed first; Connect's default is 5. */
  queuePriority?: string | number | null | undefined;
  /** Seconds to add to the time the contact has waited, as routing sees it (negative: subtract): an older contact is routed sooner within its priority. Changes its place in the queue, not its reported wait time. */
  queueTimeAdjustmentSeconds?: number | null | undefined;
  /** New routing criteria: which agents may take the contact, step by step. Replaces the current ones. */
  routingCriteria?: RoutingCriteriaInput | null | undefined;
};

/** Which scheduled task, and when it should start. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type UpdateContactScheduleInput = {
  /** The contact id (1 to 256 characters): a task scheduled for later that has not started (otherwise Connect answers InvalidRequestError). */
  contactId: string | number;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** When the task should start: not in the past and at most 6 days ahead (both ends included), by the gateway's clock when the request arrives. Sent to Connect as epoch seconds. */
  scheduledTime: string;
};

/** What to record: the agent conversation, the IVR, or both. Naming neither records nothing: InvalidRequestError, without a call. */
export type VoiceRecordingConfigurationInput = {
  /** The IVR. */
  ivrRecordingTrack?: IvrRecordingTrack | null | undefined;
  /** The agent conversation's tracks. */
  voiceRecordingTrack?: VoiceRecordingTrack | null | undefined;
};

/** Which side of the agent's conversation to record (Amazon Connect VoiceRecordingTrack). */
export type VoiceRecordingTrack =
  /** Both sides. */
  | 'ALL'
  /** What the agent says. */
  | 'FROM_AGENT'
  /** What the agent hears. */
  | 'TO_AGENT';

export type AssociateContactWithUserMutationVariables = Exact<{
  input: AssociateContactWithUserInput;
}>;


export type AssociateContactWithUserMutation = { associateContactWithUser:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'AssociateContactWithUserSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, agent: { id: string | null } | null, queueMetrics: { positionInQueue: number | null, estimatedWaitTimeSeconds: number | null } | null } }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

type ConnectErrorFields_AccessDeniedError_Fragment = { requestId: string | null };

type ConnectErrorFields_InternalServiceError_Fragment = { requestId: string | null };

type ConnectErrorFields_InvalidActiveRegionError_Fragment = { requestId: string | null };

type ConnectErrorFields_InvalidParameterError_Fragment = { requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> };

type ConnectErrorFields_InvalidRequestError_Fragment = { requestId: string | null };

type ConnectErrorFields_ResourceNotFoundError_Fragment = { requestId: string | null };

type ConnectErrorFields_ThrottlingError_Fragment = { requestId: string | null, retryAfterSeconds: number };

export type ConnectErrorFieldsFragment =
  | ConnectErrorFields_AccessDeniedError_Fragment
  | ConnectErrorFields_InternalServiceError_Fragment
  | ConnectErrorFields_InvalidActiveRegionError_Fragment
  | ConnectErrorFields_InvalidParameterError_Fragment
  | ConnectErrorFields_InvalidRequestError_Fragment
  | ConnectErrorFields_ResourceNotFoundError_Fragment
  | ConnectErrorFields_ThrottlingError_Fragment
;

export type ContactChangedSubscriptionVariables = Exact<{
  instanceId: string | number;
  contactId?: string | number | null | undefined;
}>;


export type ContactChangedSubscription = { contactChanged: { source: ContactChangeSource, eventType: string | null, instanceId: string, contactId: string, operation: string | null, changedAt: string, requestId: string | null, echoOf: string | null, changes: Array<{ field: string, value: unknown }>, contact: { instanceId: string, id: string, name: string | null, description: string | null } | null } };

export type ContactDataQueryVariables = Exact<{
  instanceId: string | number;
  contactId: string | number;
}>;


export type ContactDataQuery = { contact:
    | { __typename: 'AccessDeniedError', message: string }
    | { __typename: 'Contact', instanceId: string, id: string, initialContactId: string | null, attributes: Array<{ key: string, value: string }>, tags: Array<{ key: string, value: string }> }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidParameterError', message: string }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string }
    | { __typename: 'ThrottlingError', message: string }
   };

export type ContactDetailsQueryVariables = Exact<{
  instanceId: string | number;
  contactId: string | number;
}>;


export type ContactDetailsQuery = { contact:
    | { __typename: 'AccessDeniedError', message: string }
    | { __typename: 'Contact', instanceId: string, id: string, contactAssociationId: string | null, agent: { id: string | null, previewEndTimestamp: string | null, agentInitiatedHoldDurationInSeconds: number | null, voiceEnhancementMode: string | null, activeRegion: string | null, hierarchyGroups: { level1: { arn: string | null } | null, level2: { arn: string | null } | null, level3: { arn: string | null } | null, level4: { arn: string | null } | null, level5: { arn: string | null } | null } | null, deviceInfo: { platformName: string | null, platformVersion: string | null, operatingSystem: string | null } | null, capabilities: { video: string | null, screenShare: string | null } | null, stateTransitions: Array<{ state: string | null, stateStartTimestamp: string | null, stateEndTimestamp: string | null }> } | null, customer: { deviceInfo: { platformName: string | null, platformVersion: string | null, operatingSystem: string | null } | null, capabilities: { video: string | null, screenShare: string | null } | null } | null, disconnectDetails: { potentialDisconnectIssue: string | null } | null, recordings: Array<{ status: string | null, deletionReason: string | null, storageType: string | null, location: string | null, mediaStreamType: string | null, participantType: string | null, fragmentStartNumber: string | null, fragmentStopNumber: string | null, startTimestamp: string | null, stopTimestamp: string | null, unprocessedTranscriptLocation: string | null }>, qualityMetrics: { agent: { audio: { qualityScore: number | null, potentialQualityIssues: Array<string> } | null } | null, customer: { audio: { qualityScore: number | null, potentialQualityIssues: Array<string> } | null } | null } | null, chatMetrics: { chatContactMetrics: { multiParty: boolean | null, totalMessages: number | null, totalBotMessages: number | null, totalBotMessageLengthInChars: number | null, conversationCloseTimeInMillis: string | null, conversationTurnCount: number | null, agentFirstResponseTimestamp: string | null, agentFirstResponseTimeInMillis: string | null } | null, agentMetrics: { participantId: string | null, participantType: string | null, conversationAbandon: boolean | null, messagesSent: number | null, numResponses: number | null, messageLengthInChars: number | null, totalResponseTimeInMillis: string | null, maxResponseTimeInMillis: string | null, lastMessageTimestamp: string | null } | null, customerMetrics: { participantId: string | null, participantType: string | null, conversationAbandon: boolean | null, messagesSent: number | null, numResponses: number | null, messageLengthInChars: number | null, totalResponseTimeInMillis: string | null, maxResponseTimeInMillis: string | null, lastMessageTimestamp: string | null } | null } | null, customerVoiceActivity: { greetingStartTimestamp: string | null, greetingEndTimestamp: string | null } | null, campaign: { campaignId: string | null } | null, contactDetails: { name: string | null, description: string | null } | null, nextContacts: Array<{ type: string | null, quickConnect: { contactId: string | null, initiationTimestamp: string | null, quickConnectId: string | null, quickConnectName: string | null, quickConnectType: string | null } | null }>, globalResiliencyMetadata: { activeRegion: string | null, originRegion: string | null, trafficDistributionGroupId: string | null } | null, additionalEmailRecipients: { toList: Array<{ address: string | null, displayName: string | null }>, ccList: Array<{ address: string | null, displayName: string | null }> } | null, contactEvaluations: Array<{ evaluationId: string, formId: string | null, evaluationArn: string | null, status: string | null, startTimestamp: string | null, endTimestamp: string | null, deleteTimestamp: string | null, exportLocation: string | null }> }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidParameterError', message: string }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string }
    | { __typename: 'ThrottlingError', message: string }
   };

export type ParticipantMetricsFieldsFragment = { participantId: string | null, participantType: string | null, conversationAbandon: boolean | null, messagesSent: number | null, numResponses: number | null, messageLengthInChars: number | null, totalResponseTimeInMillis: string | null, maxResponseTimeInMillis: string | null, lastMessageTimestamp: string | null };

export type ContactReferencesQueryVariables = Exact<{
  instanceId: string | number;
  contactId: string | number;
  types?: Array<ReferenceType> | ReferenceType | null | undefined;
}>;


export type ContactReferencesQuery = { contact:
    | { __typename: 'AccessDeniedError', message: string }
    | { __typename: 'Contact', instanceId: string, id: string, references: Array<{ name: string, type: ReferenceType, value: string | null, status: ReferenceStatus | null, arn: string | null, statusReason: string | null }> }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidParameterError', message: string }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string }
    | { __typename: 'ThrottlingError', message: string }
   };

export type ContactQueryVariables = Exact<{
  instanceId: string | number;
  contactId: string | number;
}>;


export type ContactQuery = { contact:
    | { __typename: 'AccessDeniedError', message: string }
    | { __typename: 'Contact', instanceId: string, id: string, arn: string | null, name: string | null, description: string | null, channel: Channel | null, initiationMethod: ContactInitiationMethod | null, initialContactId: string | null, initiationTimestamp: string | null, connectedToSystemTimestamp: string | null, scheduledTimestamp: string | null, disconnectTimestamp: string | null, lastUpdateTimestamp: string | null, disconnectReason: string | null, queuePriority: string | null, queue: { id: string | null, enqueueTimestamp: string | null } | null, agent: { id: string | null, connectedToAgentTimestamp: string | null } | null, customerEndpoint: { type: EndpointType | null, address: string | null, displayName: string | null } | null, systemEndpoint: { type: EndpointType | null, address: string | null } | null, segmentAttributes: Array<{ key: string, valueString: string | null, valueInteger: number | null, valueArn: string | null, valueJson: string | null }>, wisdom: { sessionArn: string | null } | null, taskTemplate: { arn: string | null, name: string | null } | null, tags: Array<{ key: string, value: string }> }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidParameterError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string }
   };

export type DismissUserContactMutationVariables = Exact<{
  input: DismissUserContactInput;
}>;


export type DismissUserContactMutation = { dismissUserContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'DismissUserContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, lastUpdateTimestamp: string | null } }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type MonitorContactMutationVariables = Exact<{
  input: MonitorContactInput;
}>;


export type MonitorContactMutation = { monitorContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'IdempotencyError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'MonitorContactSuccess', instanceId: string, contactId: string, contactArn: string, requestId: string | null, contact: { instanceId: string, id: string, initiationMethod: ContactInitiationMethod | null, relatedContactId: string | null, agent: { id: string | null } | null } }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ServiceQuotaExceededError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type PauseContactMutationVariables = Exact<{
  input: PauseContactInput;
}>;


export type PauseContactMutation = { pauseContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'ConflictError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'LimitExceededError', message: string, requestId: string | null }
    | { __typename: 'PauseContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, totalPauseCount: number | null, totalPauseDurationInSeconds: number | null, lastPausedTimestamp: string | null, lastResumedTimestamp: string | null } }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type ResumeContactRecordingMutationVariables = Exact<{
  input: ResumeContactRecordingInput;
}>;


export type ResumeContactRecordingMutation = { resumeContactRecording:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ResumeContactRecordingSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, lastUpdateTimestamp: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type ResumeContactMutationVariables = Exact<{
  input: ResumeContactInput;
}>;


export type ResumeContactMutation = { resumeContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'ConflictError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ResumeContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, totalPauseCount: number | null, totalPauseDurationInSeconds: number | null, lastPausedTimestamp: string | null, lastResumedTimestamp: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type SearchContactsQueryVariables = Exact<{
  input: SearchContactsInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchContactsQuery = { searchContacts:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'ContactSearchConnection', totalCount: number | null, edges: Array<{ cursor: string, node: { instanceId: string, id: string, name: string | null, channel: Channel | null, initiationMethod: ContactInitiationMethod | null, initiationTimestamp: string | null, queue: { id: string | null } | null, agent: { id: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type StartContactRecordingMutationVariables = Exact<{
  input: StartContactRecordingInput;
}>;


export type StartContactRecordingMutation = { startContactRecording:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'StartContactRecordingSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, lastUpdateTimestamp: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type StartTaskContactMutationVariables = Exact<{
  input: StartTaskContactInput;
}>;


export type StartTaskContactMutation = { startTaskContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'IdempotencyError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ServiceQuotaExceededError', message: string, requestId: string | null }
    | { __typename: 'StartTaskContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, name: string | null, description: string | null, channel: Channel | null, initiationMethod: ContactInitiationMethod | null, initialContactId: string | null, previousContactId: string | null, relatedContactId: string | null, scheduledTimestamp: string | null, segmentAttributes: Array<{ key: string, valueString: string | null }> } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type StopContactRecordingMutationVariables = Exact<{
  input: StopContactRecordingInput;
}>;


export type StopContactRecordingMutation = { stopContactRecording:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'StopContactRecordingSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, lastUpdateTimestamp: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type StopContactMutationVariables = Exact<{
  input: StopContactInput;
}>;


export type StopContactMutation = { stopContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'ContactNotFoundError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'StopContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, disconnectTimestamp: string | null, disconnectReason: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type SuspendContactRecordingMutationVariables = Exact<{
  input: SuspendContactRecordingInput;
}>;


export type SuspendContactRecordingMutation = { suspendContactRecording:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'SuspendContactRecordingSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, lastUpdateTimestamp: string | null } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type TagContactMutationVariables = Exact<{
  input: TagContactInput;
}>;


export type TagContactMutation = { tagContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'TagContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, tags: Array<{ key: string, value: string }> } }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
   };

export type TransferContactMutationVariables = Exact<{
  input: TransferContactInput;
}>;


export type TransferContactMutation = { transferContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'IdempotencyError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ServiceQuotaExceededError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'TransferContactSuccess', instanceId: string, contactId: string, contactArn: string, requestId: string | null, contact: { instanceId: string, id: string, initiationMethod: ContactInitiationMethod | null, previousContactId: string | null, initialContactId: string | null, queue: { id: string | null } | null, agent: { id: string | null } | null } }
   };

export type UntagContactMutationVariables = Exact<{
  input: UntagContactInput;
}>;


export type UntagContactMutation = { untagContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'UntagContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, tags: Array<{ key: string, value: string }> } }
   };

export type UpdateContactAttributesMutationVariables = Exact<{
  input: UpdateContactAttributesInput;
}>;


export type UpdateContactAttributesMutation = { updateContactAttributes:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'UpdateContactAttributesSuccess', instanceId: string, initialContactId: string, requestId: string | null, contact: { instanceId: string, id: string, initialContactId: string | null, attributes: Array<{ key: string, value: string }> } }
   };

export type UpdateContactRoutingDataMutationVariables = Exact<{
  input: UpdateContactRoutingDataInput;
}>;


export type UpdateContactRoutingDataMutation = { updateContactRoutingData:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'ResourceConflictError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'UpdateContactRoutingDataSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, queuePriority: string | null, queueTimeAdjustmentSeconds: number | null, lastUpdateTimestamp: string | null, routingCriteria: { steps: Array<{ status: RoutingCriteriaStepStatus | null, expiry: { durationInSeconds: number | null } | null, expression: { attributeCondition: { name: string | null, value: string | null, proficiencyLevel: number | null, comparisonOperator: string | null } | null } | null }> } | null } }
   };

export type UpdateContactScheduleMutationVariables = Exact<{
  input: UpdateContactScheduleInput;
}>;


export type UpdateContactScheduleMutation = { updateContactSchedule:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'LimitExceededError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'UpdateContactScheduleSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, scheduledTimestamp: string | null, lastUpdateTimestamp: string | null } }
   };

export type UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact:
    | { __typename: 'AccessDeniedError', message: string, requestId: string | null }
    | { __typename: 'ConflictError', message: string, requestId: string | null }
    | { __typename: 'InternalServiceError', message: string, requestId: string | null }
    | { __typename: 'InvalidActiveRegionError', message: string, requestId: string | null }
    | { __typename: 'InvalidParameterError', message: string, requestId: string | null, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string, requestId: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string, requestId: string | null, retryAfterSeconds: number }
    | { __typename: 'UpdateContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { instanceId: string, id: string, name: string | null, description: string | null, lastUpdateTimestamp: string | null } }
   };

export const ConnectErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ConnectErrorFieldsFragment, unknown>;
export const ParticipantMetricsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipantMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantType"}},{"kind":"Field","name":{"kind":"Name","value":"conversationAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"numResponses"}},{"kind":"Field","name":{"kind":"Name","value":"messageLengthInChars"}},{"kind":"Field","name":{"kind":"Name","value":"totalResponseTimeInMillis"}},{"kind":"Field","name":{"kind":"Name","value":"maxResponseTimeInMillis"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageTimestamp"}}]}}]} as unknown as DocumentNode<ParticipantMetricsFieldsFragment, unknown>;
export const AssociateContactWithUserDocument = {"__meta__":{"hash":"sha256:16c06c9daf5e379eddf76e8ebdcf8b4e4617359be345300fe6a8109f777c757b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociateContactWithUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateContactWithUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associateContactWithUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateContactWithUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionInQueue"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitTimeSeconds"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<AssociateContactWithUserMutation, AssociateContactWithUserMutationVariables>;
export const ContactChangedDocument = {"__meta__":{"hash":"sha256:39f7582824c7e43bafb9af48bb65434a96c7565d1b02216bf423c56ec802283a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ContactChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"echoOf"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ContactChangedSubscription, ContactChangedSubscriptionVariables>;
export const ContactDataDocument = {"__meta__":{"hash":"sha256:0f88c6d03e98dc93c1cf234f2747510f6b1ae72cc7ac5e0f309d89d9bdeabf4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDataQuery, ContactDataQueryVariables>;
export const ContactDetailsDocument = {"__meta__":{"hash":"sha256:7545173565d872d93cc5851d4b01e14c2285c1b403879a5a859f6cc1467ef182"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactAssociationId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previewEndTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"agentInitiatedHoldDurationInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"voiceEnhancementMode"}},{"kind":"Field","name":{"kind":"Name","value":"activeRegion"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"platformVersion"}},{"kind":"Field","name":{"kind":"Name","value":"operatingSystem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"video"}},{"kind":"Field","name":{"kind":"Name","value":"screenShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateStartTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"stateEndTimestamp"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"platformVersion"}},{"kind":"Field","name":{"kind":"Name","value":"operatingSystem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"video"}},{"kind":"Field","name":{"kind":"Name","value":"screenShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disconnectDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"potentialDisconnectIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletionReason"}},{"kind":"Field","name":{"kind":"Name","value":"storageType"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"mediaStreamType"}},{"kind":"Field","name":{"kind":"Name","value":"participantType"}},{"kind":"Field","name":{"kind":"Name","value":"fragmentStartNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fragmentStopNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"stopTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"unprocessedTranscriptLocation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"potentialQualityIssues"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"potentialQualityIssues"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatContactMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiParty"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalBotMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalBotMessageLengthInChars"}},{"kind":"Field","name":{"kind":"Name","value":"conversationCloseTimeInMillis"}},{"kind":"Field","name":{"kind":"Name","value":"conversationTurnCount"}},{"kind":"Field","name":{"kind":"Name","value":"agentFirstResponseTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"agentFirstResponseTimeInMillis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantMetricsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerVoiceActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greetingStartTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"greetingEndTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quickConnect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"quickConnectId"}},{"kind":"Field","name":{"kind":"Name","value":"quickConnectName"}},{"kind":"Field","name":{"kind":"Name","value":"quickConnectType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"globalResiliencyMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeRegion"}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"}},{"kind":"Field","name":{"kind":"Name","value":"trafficDistributionGroupId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalEmailRecipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationArn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"deleteTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"exportLocation"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipantMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantType"}},{"kind":"Field","name":{"kind":"Name","value":"conversationAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"numResponses"}},{"kind":"Field","name":{"kind":"Name","value":"messageLengthInChars"}},{"kind":"Field","name":{"kind":"Name","value":"totalResponseTimeInMillis"}},{"kind":"Field","name":{"kind":"Name","value":"maxResponseTimeInMillis"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageTimestamp"}}]}}]} as unknown as DocumentNode<ContactDetailsQuery, ContactDetailsQueryVariables>;
export const ContactReferencesDocument = {"__meta__":{"hash":"sha256:cb24049eab7c9e154f98b8bae4f30afd68c423ea6c2a84728ab168187fef99d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactReferencesQuery, ContactReferencesQueryVariables>;
export const ContactDocument = {"__meta__":{"hash":"sha256:f4f0bba30006823d9b1e7a3a3601e9b6a09de40c6d919c4f4c17ec5e8623a541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToSystemTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectReason"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enqueueTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePriority"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToAgentTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"valueString"}},{"kind":"Field","name":{"kind":"Name","value":"valueInteger"}},{"kind":"Field","name":{"kind":"Name","value":"valueArn"}},{"kind":"Field","name":{"kind":"Name","value":"valueJson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wisdom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const DismissUserContactDocument = {"__meta__":{"hash":"sha256:fd06712c38b9389d0e7baddd0980c122c792c1f72cf9ba79972e243e75f41ed5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissUserContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissUserContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissUserContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DismissUserContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DismissUserContactMutation, DismissUserContactMutationVariables>;
export const MonitorContactDocument = {"__meta__":{"hash":"sha256:3c9aa70d57164d208f2cd11868d930a609b3c8c3957d71f61c49dcabe2552404"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitorContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitorContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitorContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitorContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactArn"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"relatedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<MonitorContactMutation, MonitorContactMutationVariables>;
export const PauseContactDocument = {"__meta__":{"hash":"sha256:e6291135e83c38fa9c119ff2f0e8d1744a47402cf654ff5355ed937c5e1c8cfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PauseContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalPauseCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalPauseDurationInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastPausedTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastResumedTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<PauseContactMutation, PauseContactMutationVariables>;
export const ResumeContactRecordingDocument = {"__meta__":{"hash":"sha256:b4b7b785468a9bc6bb2dba4ea8c1f2c5af1bc5a7512d784a01015d8fc47eca45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeContactRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeContactRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeContactRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeContactRecordingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ResumeContactRecordingMutation, ResumeContactRecordingMutationVariables>;
export const ResumeContactDocument = {"__meta__":{"hash":"sha256:0bcd26661c921186a4e1536e217e50e41d8abb2852caf33a39dad652526d5ef3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalPauseCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalPauseDurationInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastPausedTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastResumedTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ResumeContactMutation, ResumeContactMutationVariables>;
export const SearchContactsDocument = {"__meta__":{"hash":"sha256:04bf2beaeb1b5fb1ea6ec2d90f9fe373e7a3852bfcf004f6d1037696bbf8f630"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchContactsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SearchContactsQuery, SearchContactsQueryVariables>;
export const StartContactRecordingDocument = {"__meta__":{"hash":"sha256:3942b763e4b869260515ac8143c2c79c8ffd05b79d69a46f953c20fa3e384107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartContactRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartContactRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startContactRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartContactRecordingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<StartContactRecordingMutation, StartContactRecordingMutationVariables>;
export const StartTaskContactDocument = {"__meta__":{"hash":"sha256:75195d93e6e11ea626c4bbb1e506f2d4914befb2d06f0070c0b3161e50735df8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTaskContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTaskContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTaskContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartTaskContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"previousContactId"}},{"kind":"Field","name":{"kind":"Name","value":"relatedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"segmentAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"valueString"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<StartTaskContactMutation, StartTaskContactMutationVariables>;
export const StopContactRecordingDocument = {"__meta__":{"hash":"sha256:9efe794755c6e151ce41100f979473c5c18c6be194fd38b2aa1f020eaeb4d092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopContactRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopContactRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopContactRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StopContactRecordingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<StopContactRecordingMutation, StopContactRecordingMutationVariables>;
export const StopContactDocument = {"__meta__":{"hash":"sha256:0d427714de224301a902e4eca4599556a175c4a6b57ceb47df1ebaa3f9fbb7d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StopContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<StopContactMutation, StopContactMutationVariables>;
export const SuspendContactRecordingDocument = {"__meta__":{"hash":"sha256:744cd3a342bea931e57e4f37cfe30172300f53cfb6bd431fa6097944e4cb65ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendContactRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendContactRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendContactRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendContactRecordingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SuspendContactRecordingMutation, SuspendContactRecordingMutationVariables>;
export const TagContactDocument = {"__meta__":{"hash":"sha256:4c9fcc9b9031fb0678ad35fd3cf6024a1d980aa7b51f2444b0f0d0bfb682b8b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<TagContactMutation, TagContactMutationVariables>;
export const TransferContactDocument = {"__meta__":{"hash":"sha256:8d005ba59492fb526d55041cd35e60bf15110c80678223401f5ba1ec27649ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactArn"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"previousContactId"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<TransferContactMutation, TransferContactMutationVariables>;
export const UntagContactDocument = {"__meta__":{"hash":"sha256:79a4d0438253b7fdc9a9ddf24ebe289079b99771c177ab445b534a8b57b0b557"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UntagContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UntagContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UntagContactMutation, UntagContactMutationVariables>;
export const UpdateContactAttributesDocument = {"__meta__":{"hash":"sha256:d8abbdf527281b2f5a9614511c07e44dceda71bdd2ba4dcc1d4555af4503a454"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UpdateContactAttributesMutation, UpdateContactAttributesMutationVariables>;
export const UpdateContactRoutingDataDocument = {"__meta__":{"hash":"sha256:bb2485041fe37f965b58d1684a9a4dc316f00403af809f67393f94316f2b6bda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactRoutingData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactRoutingDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactRoutingData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactRoutingDataSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queuePriority"}},{"kind":"Field","name":{"kind":"Name","value":"queueTimeAdjustmentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"routingCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationInSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeCondition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UpdateContactRoutingDataMutation, UpdateContactRoutingDataMutationVariables>;
export const UpdateContactScheduleDocument = {"__meta__":{"hash":"sha256:e21243c4d0836fff9768d2d79a629ad470fef39e49c7ca386602c556a1d72b87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactScheduleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UpdateContactScheduleMutation, UpdateContactScheduleMutationVariables>;
export const UpdateContactDocument = {"__meta__":{"hash":"sha256:111be2ae24526e637978da803db72512bcaf8f4259d6a24e0269148913b18ab6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;