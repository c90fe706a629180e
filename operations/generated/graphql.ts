/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The channel of a contact (Amazon Connect Channel). */
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'TASK'
  | 'VOICE';

/** How a contact was initiated (Amazon Connect ContactInitiationMethod), e.g. INBOUND for a customer call, API for a task started through the API, TRANSFER for a transfer. */
export type ContactInitiationMethod =
  | 'AGENT_REPLY'
  | 'API'
  | 'CALLBACK'
  | 'DISCONNECT'
  | 'EXTERNAL_OUTBOUND'
  | 'FLOW'
  | 'INBOUND'
  | 'MONITOR'
  | 'OUTBOUND'
  | 'QUEUE_TRANSFER'
  | 'TRANSFER'
  | 'WEBRTC_API';

/** One entry of the contact's References map. */
export type ContactReferenceInput = {
  /** The reference name, unique within the input (1 to 4096 characters). */
  key: string;
  type: ReferenceType;
  /** The reference value (at most 4096 characters). */
  value: string;
};

/** The kind of address of a contact endpoint (Amazon Connect EndpointType). */
export type EndpointType =
  | 'CONNECT_PHONENUMBER_ARN'
  | 'CONTACT_FLOW'
  | 'EMAIL_ADDRESS'
  | 'TELEPHONE_NUMBER'
  | 'VOIP';

/** The type of a contact reference (Amazon Connect ReferenceType). */
export type ReferenceType =
  | 'ATTACHMENT'
  | 'CONTACT_ANALYSIS'
  | 'DATE'
  | 'EMAIL'
  | 'EMAIL_MESSAGE'
  | 'EMAIL_MESSAGE_PLAIN_TEXT'
  | 'EMAIL_MESSAGE_PLAIN_TEXT_REDACTED'
  | 'EMAIL_MESSAGE_REDACTED'
  | 'NUMBER'
  | 'STRING'
  | 'URL';

/** What to change on a contact. Omitted or null fields are left unchanged; an empty string clears the field. At least one of name, description, references must be given. Lengths count Unicode code points. */
export type UpdateContactInput = {
  /** The contact id (1 to 256 characters). Works for ongoing and completed contacts. */
  contactId: string | number;
  /** The new description (at most 4096 characters). */
  description?: string | null | undefined;
  /** The Connect instance id (1 to 100 characters). */
  instanceId: string | number;
  /** The new name (at most 512 characters). */
  name?: string | null | undefined;
  /** References to set, as a list of unique keys (Connect's References map). */
  references?: Array<ContactReferenceInput> | null | undefined;
};

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
    | { __typename: 'UpdateContactSuccess', instanceId: string, contactId: string, requestId: string | null, contact: { id: string, name: string | null, description: string | null, lastUpdateTimestamp: string | null } }
   };


export const ContactDocument = {"__meta__":{"hash":"sha256:f4f0bba30006823d9b1e7a3a3601e9b6a09de40c6d919c4f4c17ec5e8623a541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initialContactId"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToSystemTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectReason"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enqueueTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuePriority"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectedToAgentTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"valueString"}},{"kind":"Field","name":{"kind":"Name","value":"valueInteger"}},{"kind":"Field","name":{"kind":"Name","value":"valueArn"}},{"kind":"Field","name":{"kind":"Name","value":"valueJson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wisdom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const UpdateContactDocument = {"__meta__":{"hash":"sha256:2409445eb43ed64b5f10c4469fe2191c678bc92484dcc433f265b6e80fb3e23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;