import { type ConnectClient, UpdateContactAttributesCommand } from '@aws-sdk/client-connect';
import { printSubgraphSchema } from '@apollo/subgraph';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createContextFactory } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';
import { builder } from '../../src/schema/builder.ts';
import { defineOperation } from '../../src/schema/define-operation.ts';
import { buildSchema } from '../../src/schema/index.ts';

// A key other than contactId, declared here only; and the real transferContact, whose payload names
// the contact Connect's answer names. The declaration goes on the shared builder, so this file
// needs a module graph of its own (vitest's default, one per test file), or the schema of the
// other files would hold it too.

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
  errors: ['InvalidRequestException', 'InvalidParameterException', 'ResourceNotFoundException', 'InternalServiceException'],
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

const sdl = printSubgraphSchema(buildSchema());
const typeOf = (name: string) => new RegExp(`(type|union) ${name}\\b[^}]*`).exec(sdl)?.[0] ?? '';

describe('the declaration fits the operations to come', () => {
  it('derives each union from the declared errors, plus the gateway\'s own refusals, and adds their types', () => {
    expect(typeOf('TransferContactResult')).toMatch(
      /= InvalidRequestError \| IdempotencyError \| AccessDeniedError \| ResourceNotFoundError \| ServiceQuotaExceededError \| ThrottlingError \| InternalServiceError \| InvalidParameterError \| TransferContactSuccess/,
    );
    expect(typeOf('UpdateContactAttributesResult')).toContain('AccessDeniedError');
    expect(typeOf('IdempotencyError')).toMatch(/implements Error[\s\S]*message: String![\s\S]*requestId: String/);
  });

  it('gives a payload more fields from Connect\'s answer and names the contact the answer names', async () => {
    expect(typeOf('TransferContactSuccess')).toMatch(/contactId: ID![\s\S]*contactArn: String!/);
    const connect = {
      send: async () => ({ ContactId: 'new-contact', ContactArn: 'arn:new', $metadata: { requestId: 'aws-1' } }),
    } as unknown as ConnectClient;
    const context = createContextFactory(loadConfig({ NODE_ENV: 'test' }), connect, createLogger({ env: 'test' }))();
    const result = await graphql({
      schema: buildSchema(),
      source: `mutation { transferContact(input: { instanceId: "i", contactId: "old", contactFlowId: "f", queueId: "q" }) {
        __typename ... on TransferContactSuccess { contactId contactArn requestId } } }`,
      contextValue: context,
    });
    expect(result).toEqual({
      data: {
        transferContact: { __typename: 'TransferContactSuccess', contactId: 'new-contact', contactArn: 'arn:new', requestId: 'aws-1' },
      },
    });
  });
});
