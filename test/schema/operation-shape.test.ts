import {
  type ConnectClient,
  TransferContactCommand,
  UpdateContactAttributesCommand,
} from '@aws-sdk/client-connect';
import { printSubgraphSchema } from '@apollo/subgraph';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createContextFactory } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';
import { builder } from '../../src/schema/builder.ts';
import { defineOperation } from '../../src/schema/define-operation.ts';
import { buildSchema } from '../../src/schema/index.ts';

// The shapes the next operations need, declared here only: a key other than contactId, and a
// payload that names the contact Connect's answer names. They go on the shared builder, so this
// file needs a module graph of its own (vitest's default, one per test file), or the schema of
// the other files would hold them too.

const UpdateContactAttributesInput = builder.inputType('UpdateContactAttributesInput', {
  description: 'd',
  fields: (t) => ({
    instanceId: t.id({ required: true, description: 'd' }),
    initialContactId: t.id({ required: true, description: 'd' }),
    attributes: t.string({ required: true, description: 'd' }),
  }),
});

defineOperation({
  name: 'updateContactAttributes',
  description: 'd',
  input: { type: UpdateContactAttributesInput, description: 'd' },
  scope: 'contacts:write',
  quota: { rate: 10, burst: 15 },
  errors: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'InternalServiceException',
  ],
  customerData: ['attributes'],
  contact: ({ instanceId, initialContactId }) => ({ instanceId, contactId: initialContactId }),
  send: (connect, input) =>
    connect.send(
      new UpdateContactAttributesCommand({
        InstanceId: input.instanceId,
        InitialContactId: input.initialContactId,
        Attributes: { note: input.attributes },
      }),
    ),
  result: { description: 'd' },
  success: { description: 'd' },
});

const TransferContactInput = builder.inputType('TransferContactInput', {
  description: 'd',
  fields: (t) => ({
    instanceId: t.id({ required: true, description: 'd' }),
    contactId: t.id({ required: true, description: 'd' }),
    contactFlowId: t.id({ required: true, description: 'd' }),
  }),
});

defineOperation({
  name: 'transferContact',
  description: 'd',
  input: { type: TransferContactInput, description: 'd' },
  scope: 'contacts:write',
  quota: { rate: 2, burst: 5 },
  errors: ['AccessDeniedException', 'IdempotencyException', 'ServiceQuotaExceededException', 'ThrottlingException'],
  customerData: [],
  contact: ({ instanceId, contactId }) => ({ instanceId, contactId }),
  send: (connect, input) =>
    connect.send(
      new TransferContactCommand({
        InstanceId: input.instanceId,
        ContactId: input.contactId,
        ContactFlowId: input.contactFlowId,
      }),
    ),
  result: { description: 'd' },
  success: {
    description: 'd',
    contact: (output, acted) => ({ instanceId: acted.instanceId, contactId: output.ContactId ?? acted.contactId }),
    fields: (t) => ({
      contactId: t.exposeID('contactId', { description: 'The new contact.' }),
      contactArn: t.string({ nullable: true, description: 'd', resolve: (payload) => payload.output.ContactArn }),
    }),
  },
});

const sdl = printSubgraphSchema(buildSchema());
const typeOf = (name: string) => new RegExp(`(type|union) ${name}\\b[^}]*`).exec(sdl)?.[0] ?? '';

describe('the declaration fits the operations to come', () => {
  it('derives each union from the declared errors, plus the gateway\'s own refusals, and adds their types', () => {
    expect(typeOf('TransferContactResult')).toMatch(
      /= AccessDeniedError \| IdempotencyError \| ServiceQuotaExceededError \| ThrottlingError \| InvalidParameterError \| TransferContactSuccess/,
    );
    expect(typeOf('UpdateContactAttributesResult')).toContain('AccessDeniedError');
    expect(typeOf('IdempotencyError')).toMatch(/implements Error[\s\S]*message: String![\s\S]*requestId: String/);
  });

  it('gives a payload more fields from Connect\'s answer and names the contact the answer names', async () => {
    expect(typeOf('TransferContactSuccess')).toMatch(/contactId: ID![\s\S]*contactArn: String/);
    const connect = {
      send: async () => ({ ContactId: 'new-contact', ContactArn: 'arn:new', $metadata: { requestId: 'aws-1' } }),
    } as unknown as ConnectClient;
    const context = createContextFactory(loadConfig({ NODE_ENV: 'test' }), connect, createLogger({ env: 'test' }))();
    const result = await graphql({
      schema: buildSchema(),
      source: `mutation { transferContact(input: { instanceId: "i", contactId: "old", contactFlowId: "f" }) {
        __typename ... on TransferContactSuccess { contactId contactArn requestId } } }`,
      contextValue: context,
    });
    expect(result).toEqual({
      data: {
        transferContact: { __typename: 'TransferContactSuccess', contactId: 'new-contact', contactArn: 'arn:new', requestId: 'aws-1' },
      },
    });
  });

  it('leaves a table row out of the schema until an operation lists it', () => {
    expect(sdl).not.toMatch(/type (ContactNotFoundError|LimitExceededError|ResourceConflictError)\b/);
  });
});
