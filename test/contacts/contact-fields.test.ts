import { describe, expect, it } from 'vitest';
import { ContactDocument } from '../../operations/generated/graphql.ts';
import { COMPLETED_CONTACT_ID, INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const readContact = async (contactId: string) => {
  const { data, errors } = await stack.execute(ContactDocument, { instanceId: INSTANCE_ID, contactId });
  expect(errors).toBeUndefined();
  const result = data!.contact;
  if (result.__typename !== 'Contact') throw new Error(`expected a Contact, got ${result.__typename}`);
  return result;
};

describe('Query.contact reads what DescribeContact returns', () => {
  it('gives the seeded inbound voice call with ISO timestamps, queue, agent and endpoints', async () => {
    const contact = await readContact(ONGOING_CONTACT_ID);
    expect(contact).toMatchObject({
      instanceId: INSTANCE_ID,
      id: ONGOING_CONTACT_ID,
      arn: `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}/contact/${ONGOING_CONTACT_ID}`,
      name: 'Billing question',
      description: 'Customer asks about a duplicate charge',
      channel: 'VOICE',
      initiationMethod: 'INBOUND',
      initiationTimestamp: '2025-01-15T09:00:00.000Z',
      connectedToSystemTimestamp: '2025-01-15T09:00:01.000Z',
      disconnectTimestamp: null,
      disconnectReason: null,
      queue: { id: 'q-billing-0001', enqueueTimestamp: '2025-01-15T09:00:20.000Z' },
      agent: { id: 'agent-0001', connectedToAgentTimestamp: '2025-01-15T09:02:30.000Z' },
      customerEndpoint: { type: 'TELEPHONE_NUMBER', address: '+15555550100', displayName: null },
      systemEndpoint: { type: 'TELEPHONE_NUMBER', address: '+15555550199' },
      tags: [{ key: 'team', value: 'billing' }],
      segmentAttributes: [],
    });
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(1);
  });

  it('gives a completed chat its disconnect time and reason', async () => {
    const contact = await readContact(COMPLETED_CONTACT_ID);
    expect(contact).toMatchObject({
      channel: 'CHAT',
      initiationMethod: 'API',
      disconnectTimestamp: '2025-01-14T15:41:12.000Z',
      disconnectReason: 'CUSTOMER_DISCONNECT',
    });
  });

  it('exposes segment attributes, Wisdom session, task template and queue priority', async () => {
    const contactId = 'fields-task-0001';
    stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contactId,
      contact: {
        Channel: 'TASK',
        InitiationMethod: 'API',
        ScheduledTimestamp: new Date('2025-02-01T10:00:00.000Z'),
        QueuePriority: 3,
        WisdomInfo: { SessionArn: 'arn:aws:wisdom:us-east-1:123456789012:session/a/b' },
        TaskTemplateInfo: {
          Arn: 'arn:aws:connect:us-east-1:123456789012:instance/i/task-template/t',
          Name: 'Callback',
        },
        SegmentAttributes: {
          'connect:Subtype': { ValueString: 'connect:Guide' },
          attempts: { ValueInteger: 2 },
          nested: { ValueMap: { a: { ValueString: 'b' } } },
        },
      },
    });
    const contact = await readContact(contactId);
    expect(contact).toMatchObject({
      channel: 'TASK',
      scheduledTimestamp: '2025-02-01T10:00:00.000Z',
      queuePriority: '3',
      wisdom: { sessionArn: 'arn:aws:wisdom:us-east-1:123456789012:session/a/b' },
      taskTemplate: { name: 'Callback' },
    });
    expect(contact.segmentAttributes).toEqual([
      { key: 'attempts', valueString: null, valueInteger: 2, valueArn: null, valueJson: null },
      { key: 'connect:Subtype', valueString: 'connect:Guide', valueInteger: null, valueArn: null, valueJson: null },
      { key: 'nested', valueString: null, valueInteger: null, valueArn: null, valueJson: '{"a":{"ValueString":"b"}}' },
    ]);
  });

  it('reads an enum value newer than the SDK as null instead of failing the contact', async () => {
    const contactId = 'fields-future-0001';
    stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contactId,
      // A channel Connect might add later; the SDK passes unknown strings through.
      contact: JSON.parse('{"Channel":"HOLOGRAM","CustomerEndpoint":{"Type":"CARRIER_PIGEON","Address":"loft 7"}}'),
    });
    const contact = await readContact(contactId);
    expect(contact).toMatchObject({ channel: null, customerEndpoint: { type: null, address: 'loft 7' } });
  });
});
