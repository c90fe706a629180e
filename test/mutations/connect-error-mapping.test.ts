import { OPERATION_NAMES, type OperationName } from '@connect-gateway/connect-emulator';
import { MODEL_OPERATIONS, type ModelOperationName, modelOperation } from '@connect-gateway/connect-model';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isNonNullType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/auth/scopes.ts';
import {
  CONNECT_EXCEPTIONS,
  type ConnectExceptionName,
  type ConnectExceptionRow,
  EVERY_UNION,
} from '../../src/connect/exceptions.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useMutationStack } from './support/mutation-stack.ts';

// Connect's own exceptions through the real stack, for every operation the schema exposes: each
// error the model documents and each one every union holds (Connect's 403 and 429, and
// InvalidParameterException) reaches its union member; any other is masked, never a success.

const h = useMutationStack();
const ALL_SCOPES = SCOPES.join(' ');

/** What the client reads: Connect's message, or the fixed one the exception table gives instead. */
const clientMessage = (name: ConnectExceptionName): string => {
  const row: ConnectExceptionRow = CONNECT_EXCEPTIONS[name];
  return row.fixedMessage ?? `injected ${name}`;
};

type Outcome = { __typename: string; message?: string } | null;
type Answer = TypedDocumentNode<Record<string, Outcome>, Record<string, unknown>>;

const key = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** An input each mutation's validation accepts; the fault answers before the emulator looks at it. */
const VALID_INPUT: Record<string, () => Record<string, unknown>> = {
  updateContact: () => ({ ...key, name: 'n' }),
  updateContactAttributes: () => ({
    instanceId: INSTANCE_ID,
    initialContactId: ONGOING_CONTACT_ID,
    attributes: [{ key: 'k', value: 'v' }],
  }),
  tagContact: () => ({ ...key, tags: [{ key: 'k', value: 'v' }] }),
  untagContact: () => ({ ...key, tagKeys: ['k'] }),
  updateContactRoutingData: () => ({ ...key, queuePriority: '3' }),
  updateContactSchedule: () => ({ ...key, scheduledTime: inAnHour() }),
  pauseContact: () => ({ ...key }),
  resumeContact: () => ({ ...key }),
  transferContact: () => ({ ...key, contactFlowId: 'flow-1', queueId: 'queue-1' }),
  stopContact: () => ({ ...key }),
  startContactRecording: () => ({
    ...key,
    initialContactId: ONGOING_CONTACT_ID,
    voiceRecordingConfiguration: { voiceRecordingTrack: 'ALL' },
  }),
  suspendContactRecording: () => ({ ...key, initialContactId: ONGOING_CONTACT_ID }),
  resumeContactRecording: () => ({ ...key, initialContactId: ONGOING_CONTACT_ID }),
  stopContactRecording: () => ({ ...key, initialContactId: ONGOING_CONTACT_ID }),
  monitorContact: () => ({ ...key, userId: 'supervisor-1' }),
  associateContactWithUser: () => ({ ...key, userId: 'agent-1' }),
  dismissUserContact: () => ({ ...key, userId: 'agent-1' }),
  startTaskContact: () => ({ instanceId: INSTANCE_ID, name: 'n', contactFlowId: 'flow-1' }),
};

/** Errors a union holds beyond the model's (test/schema/model-conformance.test.ts gives the reasons). */
const ADDED: Partial<Record<ModelOperationName, ConnectExceptionName[]>> = {
  StartTaskContact: ['IdempotencyException'],
};

const schema = buildSchema();
const mutations = schema.getMutationType()?.getFields() ?? {};

/** The union members an operation's Connect exceptions must become, and one exception that must be masked. */
function mapping(operation: ModelOperationName) {
  const mapped = [
    ...new Set<string>([...modelOperation(operation).errors, ...EVERY_UNION, ...(ADDED[operation] ?? [])]),
  ].filter((name): name is ConnectExceptionName => name in CONNECT_EXCEPTIONS);
  const masked = (Object.keys(CONNECT_EXCEPTIONS) as ConnectExceptionName[]).filter((name) => !mapped.includes(name));
  return { mapped, masked };
}

type Operation = OperationName & ModelOperationName;
const isOperation = (name: string): name is Operation =>
  OPERATION_NAMES.some((known) => known === name) && MODEL_OPERATIONS.some((known) => known === name);

/** The Connect operation of a mutation: its name, capitalized, known to the emulator and the model. */
function connectName(field: string): Operation {
  const name = `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  if (!isOperation(name)) throw new Error(`${field}: ${name} is not an operation of the emulator and the model`);
  return name;
}

describe.each(Object.keys(mutations))('%s: Connect exceptions', (field) => {
  const operation = connectName(field);
  const { mapped, masked } = mapping(operation);
  const arg = mutations[field]?.args.find((a) => a.name === 'input');
  const inputType = arg && (isNonNullType(arg.type) ? arg.type.ofType : arg.type);
  const document = parse(
    `mutation Run($input: ${String(inputType)}!) { ${field}(input: $input) { __typename ... on Error { message } } }`,
  ) as Answer;
  const send = () => {
    const input = VALID_INPUT[field];
    if (!input) throw new Error(`${field}: no valid input in VALID_INPUT`);
    return h.send(document, { input: input() }, ALL_SCOPES);
  };

  it.each(mapped)(`Connect's own %s → its union member`, async (name) => {
    h.stack.emulator.faults.add({ kind: 'error', name, message: `injected ${name}`, operation, times: 1 });
    const { data, errors } = await send();
    expect(errors).toBeUndefined();
    expect(data?.[field]).toEqual({ __typename: CONNECT_EXCEPTIONS[name].type, message: clientMessage(name) });
    expect(h.stack.connectCalls(operation)).toHaveLength(1);
  });

  it.each(masked)(
    '%s, which the model does not document for it, is masked (CONNECT_UNEXPECTED_ERROR)',
    async (name) => {
      h.stack.emulator.faults.add({ kind: 'error', name, operation, times: 1 });
      const { data, errors } = await send();
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'CONNECT_UNEXPECTED_ERROR' } });
      expect(h.stack.connectCalls(operation)).toHaveLength(1);
    },
  );
});

describe('Query.contact: DescribeContact exceptions', () => {
  const { mapped, masked } = mapping('DescribeContact');
  const document = parse(
    'query Read($instanceId: ID!, $contactId: ID!) { contact(instanceId: $instanceId, contactId: $contactId) { __typename ... on Error { message } } }',
  ) as Answer;
  const read = () => h.send(document, key, ALL_SCOPES);

  it('maps ConflictException and InvalidActiveRegionException as undocumented', () => {
    expect(masked).toEqual(expect.arrayContaining(['ConflictException', 'InvalidActiveRegionException']));
  });

  it.each(mapped)(`Connect's own %s → its union member`, async (name) => {
    h.stack.emulator.faults.add({
      kind: 'error',
      name,
      message: `injected ${name}`,
      operation: 'DescribeContact',
      times: 1,
    });
    const { data } = await read();
    expect(data?.contact).toEqual({ __typename: CONNECT_EXCEPTIONS[name].type, message: clientMessage(name) });
    expect(h.stack.connectCalls('DescribeContact')).toHaveLength(1);
  });

  it.each(masked)('%s is masked (CONNECT_UNEXPECTED_ERROR)', async (name) => {
    h.stack.emulator.faults.add({ kind: 'error', name, operation: 'DescribeContact', times: 1 });
    const { data, errors } = await read();
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'CONNECT_UNEXPECTED_ERROR' } });
    expect(h.stack.connectCalls('DescribeContact')).toHaveLength(1);
  });
});
