/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the contact reached the contact centre. */
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'TASK'
  | 'VOICE';

/** How the contact was initiated. */
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
    | { __typename: 'Contact', instanceId: string, id: string, name: string | null, description: string | null, channel: Channel | null, initiationMethod: ContactInitiationMethod | null, initiationTimestamp: string | null, disconnectTimestamp: string | null, lastUpdateTimestamp: string | null }
    | { __typename: 'InternalServiceError', message: string }
    | { __typename: 'InvalidActiveRegionError', message: string }
    | { __typename: 'InvalidParameterError', message: string }
    | { __typename: 'InvalidRequestError', message: string }
    | { __typename: 'ResourceNotFoundError', message: string }
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


export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"initiationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"initiationTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateTimestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameterError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThrottlingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalServiceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDeniedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidActiveRegionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;