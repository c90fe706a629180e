/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Contact($instanceId: ID!, $contactId: ID!) {\n  contact(instanceId: $instanceId, contactId: $contactId) {\n    __typename\n    ... on Contact {\n      instanceId\n      id\n      name\n      description\n      channel\n      initiationMethod\n      initiationTimestamp\n      disconnectTimestamp\n      lastUpdateTimestamp\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.ContactDocument,
    "mutation UpdateContact($input: UpdateContactInput!) {\n  updateContact(input: $input) {\n    __typename\n    ... on UpdateContactSuccess {\n      instanceId\n      contactId\n      requestId\n      contact {\n        id\n        name\n        description\n        lastUpdateTimestamp\n      }\n    }\n    ... on Error {\n      message\n    }\n    ... on InvalidParameterError {\n      requestId\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on ThrottlingError {\n      requestId\n      retryAfterSeconds\n    }\n    ... on InvalidRequestError {\n      requestId\n    }\n    ... on ResourceNotFoundError {\n      requestId\n    }\n    ... on InternalServiceError {\n      requestId\n    }\n    ... on AccessDeniedError {\n      requestId\n    }\n    ... on ConflictError {\n      requestId\n    }\n    ... on InvalidActiveRegionError {\n      requestId\n    }\n  }\n}": typeof types.UpdateContactDocument,
};
const documents: Documents = {
    "query Contact($instanceId: ID!, $contactId: ID!) {\n  contact(instanceId: $instanceId, contactId: $contactId) {\n    __typename\n    ... on Contact {\n      instanceId\n      id\n      name\n      description\n      channel\n      initiationMethod\n      initiationTimestamp\n      disconnectTimestamp\n      lastUpdateTimestamp\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.ContactDocument,
    "mutation UpdateContact($input: UpdateContactInput!) {\n  updateContact(input: $input) {\n    __typename\n    ... on UpdateContactSuccess {\n      instanceId\n      contactId\n      requestId\n      contact {\n        id\n        name\n        description\n        lastUpdateTimestamp\n      }\n    }\n    ... on Error {\n      message\n    }\n    ... on InvalidParameterError {\n      requestId\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on ThrottlingError {\n      requestId\n      retryAfterSeconds\n    }\n    ... on InvalidRequestError {\n      requestId\n    }\n    ... on ResourceNotFoundError {\n      requestId\n    }\n    ... on InternalServiceError {\n      requestId\n    }\n    ... on AccessDeniedError {\n      requestId\n    }\n    ... on ConflictError {\n      requestId\n    }\n    ... on InvalidActiveRegionError {\n      requestId\n    }\n  }\n}": types.UpdateContactDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contact($instanceId: ID!, $contactId: ID!) {\n  contact(instanceId: $instanceId, contactId: $contactId) {\n    __typename\n    ... on Contact {\n      instanceId\n      id\n      name\n      description\n      channel\n      initiationMethod\n      initiationTimestamp\n      disconnectTimestamp\n      lastUpdateTimestamp\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): (typeof documents)["query Contact($instanceId: ID!, $contactId: ID!) {\n  contact(instanceId: $instanceId, contactId: $contactId) {\n    __typename\n    ... on Contact {\n      instanceId\n      id\n      name\n      description\n      channel\n      initiationMethod\n      initiationTimestamp\n      disconnectTimestamp\n      lastUpdateTimestamp\n    }\n    ... on Error {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateContact($input: UpdateContactInput!) {\n  updateContact(input: $input) {\n    __typename\n    ... on UpdateContactSuccess {\n      instanceId\n      contactId\n      requestId\n      contact {\n        id\n        name\n        description\n        lastUpdateTimestamp\n      }\n    }\n    ... on Error {\n      message\n    }\n    ... on InvalidParameterError {\n      requestId\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on ThrottlingError {\n      requestId\n      retryAfterSeconds\n    }\n    ... on InvalidRequestError {\n      requestId\n    }\n    ... on ResourceNotFoundError {\n      requestId\n    }\n    ... on InternalServiceError {\n      requestId\n    }\n    ... on AccessDeniedError {\n      requestId\n    }\n    ... on ConflictError {\n      requestId\n    }\n    ... on InvalidActiveRegionError {\n      requestId\n    }\n  }\n}"): (typeof documents)["mutation UpdateContact($input: UpdateContactInput!) {\n  updateContact(input: $input) {\n    __typename\n    ... on UpdateContactSuccess {\n      instanceId\n      contactId\n      requestId\n      contact {\n        id\n        name\n        description\n        lastUpdateTimestamp\n      }\n    }\n    ... on Error {\n      message\n    }\n    ... on InvalidParameterError {\n      requestId\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on ThrottlingError {\n      requestId\n      retryAfterSeconds\n    }\n    ... on InvalidRequestError {\n      requestId\n    }\n    ... on ResourceNotFoundError {\n      requestId\n    }\n    ... on InternalServiceError {\n      requestId\n    }\n    ... on AccessDeniedError {\n      requestId\n    }\n    ... on ConflictError {\n      requestId\n    }\n    ... on InvalidActiveRegionError {\n      requestId\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;