/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** One entry of the contact's References map: a named link, file, value or note shown with the contact. */
export type ContactReferenceInput = {
  /** The reference name, unique within the input (1 to 4096 characters). A repeated key is an InvalidParameterError at the later entry. */
  key: string;
  /** How Connect treats the value (any value of the SDK's ReferenceType). */
  type: ReferenceType;
  /** The reference value (0 to 4096 characters), e.g. the URL of a URL reference. */
  value: string;
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

/** What to change on a contact. Omitted or null fields are left unchanged and not sent; an empty string clears the field. At least one of name, description, references must be given (otherwise InvalidRequestError). Lengths count Unicode code points, as Connect does (512 emoji are 512 characters). Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect. */
export type UpdateContactInput = {
  /** The contact id (1 to 256 characters). Works for ongoing and completed contacts. */
  contactId: string | number;
  /** The new description (0 to 4096 characters). Omitted or null: unchanged; "": cleared. */
  description?: string | null | undefined;
  /** The Connect instance id (1 to 100 characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError. */
  instanceId: string | number;
  /** The new name (0 to 512 characters). Omitted or null: unchanged; "": cleared. */
  name?: string | null | undefined;
  /** References to set, as a list with unique keys (sent to Connect as its References map). Omitted, null or an empty list: references unchanged (an empty list alone is "nothing to update"). */
  references?: Array<ContactReferenceInput> | null | undefined;
};

export type ContactChangedSubscriptionVariables = Exact<{
  instanceId: string | number;
  contactId?: string | number | null | undefined;
}>;


export type ContactChangedSubscription = { contactChanged: { instanceId: string, contactId: string, operation: string, changedAt: string, requestId: string | null, changes: Array<{ field: string, value: unknown }> } };

export type ContactQueryVariables = Exact<{
  instanceId: string | number;
  contactId: string | number;
}>;


export type ContactQuery = { contact:
    | { __typename: 'AccessDeniedError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Contact', instanceId: string, id: string, arn: string | null, name: string | null, description: string | null, channel: Channel | null, initiationMethod: ContactInitiationMethod | null, initialContactId: string | null, initiationTimestamp: string | null, connectedToSystemTimestamp: string | null, scheduledTimestamp: string | null, disconnectTimestamp: string | null, lastUpdateTimestamp: string | null, disconnectReason: string | null, queuePriority: number | null, queue: { id: string | null, enqueueTimestamp: string | null } | null, agent: { id: string | null, connectedToAgentTimestamp: string | null } | null, customerEndpoint: { type: EndpointType | null, address: string | null, displayName: string | null } | null, systemEndpoint: { type: EndpointType | null, address: string | null } | null, segmentAttributes: Array<{ key: string, valueString: string | null, valueInteger: number | null, valueArn: string | null, valueJson: string | null }>, wisdom: { sessionArn: string | null } | null, taskTemplate: { arn: string | null, name: string | null } | null, tags: Array<{ key: string, value: string }> }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidActiveRegionError', message: string }
    | { __typename: 'InvalidParameterError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string, requestId: string | null }
    | { __typename: 'ThrottlingError', message: string }
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


export const ContactChangedDocument = {"__meta__":{"hash":"sha256:a2471ec2f51517425c304f4457ff65eba1cbe239ad89d9d39f1b535bc3090845"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ContactChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ContactChangedSubscription, ContactChangedSubscriptionVariables>;
export const ContactDocument = {"__meta__":{"hash":"sha256:f4f0bba30006823d9b1e7a3a3601e9b6a09de40c6d919c4f4c17ec5e8623a541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToSystemTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectReason"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enqueueTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePriority"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToAgentTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"valueString"}},{"kind":"Field","name":{"kind":"Name","value":"valueInteger"}},{"kind":"Field","name":{"kind":"Name","value":"valueArn"}},{"kind":"Field","name":{"kind":"Name","value":"valueJson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wisdom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const UpdateContactDocument = {"__meta__":{"hash":"sha256:111be2ae24526e637978da803db72512bcaf8f4259d6a24e0269148913b18ab6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;