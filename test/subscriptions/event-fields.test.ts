import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { StartTaskContactDocument, TransferContactDocument } from '../../operations/generated/graphql.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { changedFields, type EventFieldRule } from '../../src/subscriptions/contact-change.ts';
import { SEED } from '../mutations/support/seed.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { subscribe } from './support/sse.ts';

// What a mutation's input becomes in the change event every contacts:read subscriber receives is a
// declared rule per input field (`events` of defineOperation). These tests read the rules of every
// mutation off the schema, so a new mutation, or a new input field, is held to them without a line here.
const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

const rulesOf = (name: string) =>
  schema.getMutationType()?.getFields()[name]?.extensions.events as Record<string, EventFieldRule>;
const inputOf = (name: string) =>
  getNamedType(schema.getMutationType()!.getFields()[name]!.args[0]!.type) as GraphQLInputObjectType;

/** Every field name reachable from `type` (output or input), iteratively. */
function reachableFieldNames(type: GraphQLNamedType): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const pending = [type];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next.name)) continue;
    seen.add(next.name);
    if (!isObjectType(next) && !isInterfaceType(next) && !isInputObjectType(next)) continue;
    const fields: Record<string, { name: string; type: GraphQLType }> = next.getFields();
    for (const field of Object.values(fields)) {
      names.add(field.name);
      pending.push(getNamedType(field.type));
    }
  }
  return names;
}

/** Ids of flows, queues and users (agents), as input fields name them. */
const PRIVILEGED_ID = /(flow|queue|user|agent)Ids?$/i;
const IDEMPOTENCY_TOKEN = /token/i;
// What a read of a contact shows, by field name: an id may be in an event only where a read shows it too.
const shownByARead = reachableFieldNames(schema.getType('Contact')!);

describe('every mutation declares what each input field becomes in its change event', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    for (const mutation of mutations) expect(rulesOf(mutation.name), mutation.name).toBeTypeOf('object');
  });

  it.each(mutations.map((m) => m.name))('%s: one rule per input field, exactly', (name) => {
    expect(Object.keys(rulesOf(name)).sort()).toEqual(Object.keys(inputOf(name).getFields()).sort());
  });

  it.each(mutations.map((m) => m.name))('%s: the key names the contact: instanceId and its contact id', (name) => {
    const keys = Object.entries(rulesOf(name))
      .filter(([, rule]) => rule === 'key')
      .map(([field]) => field);
    expect(keys).toContain('instanceId');
    // A mutation that creates its contact (startTaskContact) has only the instance: the event names the new contact.
    const creates = schema.getMutationType()?.getFields()[name]?.extensions.creates === true;
    expect(keys).toHaveLength(creates ? 1 : 2);
    expect(keys.every((field) => ['instanceId', 'contactId', 'initialContactId'].includes(field))).toBe(true);
  });

  it.each(mutations.map((m) => m.name))(
    '%s: idempotency tokens never; flow, queue and user ids only where a read of the contact shows them',
    (name) => {
      const input = inputOf(name);
      for (const [field, rule] of Object.entries(rulesOf(name))) {
        if (IDEMPOTENCY_TOKEN.test(field)) expect(rule, `${name}.${field}`).toBe('withheld');
        if (rule !== 'change') continue;
        // The field and everything nested in it: each id it may carry must be one a read shows by the same name.
        const names = [field, ...reachableFieldNames(getNamedType(input.getFields()[field]!.type))];
        for (const id of names.filter((n) => PRIVILEGED_ID.test(n)))
          expect(shownByARead.has(id), `${name}.${field} carries ${id}, which no read of a contact shows`).toBe(true);
        expect(
          names.some((n) => IDEMPOTENCY_TOKEN.test(n)),
          `${name}.${field}`,
        ).toBe(false);
      }
    },
  );

  it.each(mutations.map((m) => m.name))(
    '%s: an event lists the `change` fields given, and nothing else of the input',
    (name) => {
      const rules = rulesOf(name);
      const input = Object.fromEntries(Object.keys(rules).map((field) => [field, `value of ${field}`]));
      const listed = changedFields(input, rules).map((change) => change.field);
      expect(listed.sort()).toEqual(
        Object.entries(rules)
          .filter(([, rule]) => rule === 'change')
          .map(([field]) => field)
          .sort(),
      );
    },
  );
});

describe('transferContact through the real stack', () => {
  const stack = useStack({ client: { maxAttempts: 1 } });

  it("a subscriber's event names the contact and the operation, never the clientToken, the flow or the destination", async () => {
    const stream = await subscribe(stack.url, TransferContactEventDocument(), { instanceId: INSTANCE_ID });
    try {
      const input = {
        instanceId: INSTANCE_ID,
        contactId: SEED.taskConnected,
        contactFlowId: 'flow-secret-7',
        queueId: 'queue-secret-7',
        clientToken: 'token-secret-7',
      };
      const { data } = await stack.execute(TransferContactDocument, { input });
      expect(data?.transferContact.__typename).toBe('TransferContactSuccess');
      const event = await stream.next();
      expect(event).toEqual({
        event: 'next',
        id: expect.stringMatching(/^\d+-\d+$/),
        data: {
          data: {
            contactChanged: { contactId: SEED.taskConnected, operation: 'transferContact', changes: [] },
          },
          extensions: { eventId: expect.stringMatching(/^\d+-\d+$/) },
        },
      });
      expect(JSON.stringify(event)).not.toMatch(/secret-7/);
    } finally {
      stream.close();
    }
  });
});

/** The event's own fields, without the contact read back. */
function TransferContactEventDocument() {
  return parse(`subscription($instanceId: ID!) {
    contactChanged(instanceId: $instanceId) { contactId operation changes { field value } }
  }`) as TypedDocumentNode<{ contactChanged: unknown }, { instanceId: string }>;
}

describe('startTaskContact through the real stack', () => {
  const stack = useStack({ client: { maxAttempts: 1 } });

  it("a subscriber's event names the created contact, never the clientToken or the flow", async () => {
    const stream = await subscribe(stack.url, TransferContactEventDocument(), { instanceId: INSTANCE_ID });
    try {
      const input = {
        instanceId: INSTANCE_ID,
        name: 'Call back',
        contactFlowId: 'flow-secret-8',
        clientToken: 'token-secret-8',
      };
      const { data } = await stack.execute(StartTaskContactDocument, { input });
      const result = data?.startTaskContact;
      if (result?.__typename !== 'StartTaskContactSuccess') throw new Error(`got ${result?.__typename}`);
      const event = await stream.next();
      expect(event).toEqual({
        event: 'next',
        id: expect.stringMatching(/^\d+-\d+$/),
        data: {
          data: {
            contactChanged: {
              contactId: result.contactId,
              operation: 'startTaskContact',
              changes: [{ field: 'name', value: 'Call back' }],
            },
          },
          extensions: { eventId: expect.stringMatching(/^\d+-\d+$/) },
        },
      });
      expect(JSON.stringify(event)).not.toMatch(/secret-8/);
    } finally {
      stream.close();
    }
  });
});
