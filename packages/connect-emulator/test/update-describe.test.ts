import { DescribeContactCommand, UpdateContactCommand } from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import {
  SEED_CONTACT_IDS,
  SEED_CONTACTS,
  SEED_DETAILED_CONTACT_ID,
  SEED_INSTANCE_ID,
  startEmulator,
} from '../src/index.ts';
import { sdkClient, useEmulator } from './sdk-client.ts';

const env = useEmulator();

const describeContact = (ContactId: string, InstanceId = SEED_INSTANCE_ID) =>
  env.client.send(new DescribeContactCommand({ InstanceId, ContactId }));

describe('seeded contacts', () => {
  it('describes the ongoing inbound voice contact with SDK-parsed Dates', async () => {
    const { Contact } = await describeContact(SEED_CONTACT_IDS.voiceInbound);
    expect(Contact).toMatchObject({
      Id: SEED_CONTACT_IDS.voiceInbound,
      Arn: `arn:aws:connect:us-east-1:123456789012:instance/${SEED_INSTANCE_ID}/contact/${SEED_CONTACT_IDS.voiceInbound}`,
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      Name: 'Billing question',
      InitiationTimestamp: new Date('2025-01-15T09:00:00.000Z'),
      QueueInfo: { Id: 'q-billing-0001', EnqueueTimestamp: new Date('2025-01-15T09:00:20.000Z') },
      AgentInfo: { Id: 'agent-0001', ConnectedToAgentTimestamp: new Date('2025-01-15T09:02:30.000Z') },
    });
    expect(Contact?.DisconnectTimestamp).toBeUndefined();
  });

  it('describes the completed chat and the unnamed API task', async () => {
    const chat = await describeContact(SEED_CONTACT_IDS.chatCompleted);
    expect(chat.Contact).toMatchObject({ Channel: 'CHAT', Name: 'Order status' });
    expect(chat.Contact?.DisconnectTimestamp).toEqual(new Date('2025-01-14T15:41:12.000Z'));
    const task = await describeContact(SEED_CONTACT_IDS.taskApi);
    expect(task.Contact).toMatchObject({ Channel: 'TASK', InitiationMethod: 'API' });
    expect(task.Contact?.Name).toBeUndefined();
  });

  it('exports the seed so callers can list it', () => {
    expect(SEED_CONTACTS.map((c) => c.contactId)).toEqual(Object.values(SEED_CONTACT_IDS));
    // Plus the detailed contact (state/seed-details.ts), seeded beside them.
    expect(env.emulator.store.listContacts(SEED_INSTANCE_ID)).toHaveLength(SEED_CONTACTS.length + 1);
  });
});

describe('UpdateContact then DescribeContact', () => {
  it('answers 200 {} and DescribeContact shows the new state', async () => {
    const id = SEED_CONTACT_IDS.taskApi;
    const before = (await describeContact(id)).Contact?.LastUpdateTimestamp;
    const out = await env.client.send(
      new UpdateContactCommand({
        InstanceId: SEED_INSTANCE_ID,
        ContactId: id,
        Name: 'Refund follow-up',
        Description: 'Call back before Friday',
        References: { ticket: { Type: 'URL', Value: 'https://tickets.example/42' } },
      }),
    );
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(env.emulator.calls.at(-1)?.status).toBe(200);

    const { Contact } = await describeContact(id);
    expect(Contact).toMatchObject({ Name: 'Refund follow-up', Description: 'Call back before Friday' });
    expect(Contact?.LastUpdateTimestamp?.getTime()).toBeGreaterThan(before?.getTime() ?? 0);
    // Contact has no References member; the store keeps them.
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, id)?.references).toEqual({
      ticket: { Type: 'URL', Value: 'https://tickets.example/42' },
    });
  });

  it('merges references and leaves untouched fields alone', async () => {
    const id = SEED_CONTACT_IDS.chatCompleted;
    await env.client.send(
      new UpdateContactCommand({
        InstanceId: SEED_INSTANCE_ID,
        ContactId: id,
        References: { note: { Type: 'STRING', Value: 'VIP' } },
      }),
    );
    const stored = env.emulator.store.getContact(SEED_INSTANCE_ID, id);
    expect(Object.keys(stored?.references ?? {})).toEqual(['order', 'note']);
    expect(stored?.contact.Name).toBe('Order status');
  });

  it('accepts an empty name and description (minimum length 0)', async () => {
    const id = SEED_CONTACT_IDS.voiceInbound;
    await env.client.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id, Name: '', Description: '' }),
    );
    const { Contact } = await describeContact(id);
    expect(Contact?.Name).toBe('');
    expect(Contact?.Description).toBe('');
  });

  it('updates QueueInfo, UserInfo and endpoints only on external audio contacts', async () => {
    const ext = env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID, externalAudio: true });
    const changes = {
      QueueInfo: { Id: 'q-new' },
      UserInfo: { UserId: 'agent-new' },
      CustomerEndpoint: { Type: 'TELEPHONE_NUMBER' as const, Address: '+15555550123' },
    };
    await env.client.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: ext.contact.Id, ...changes }),
    );
    const { Contact } = await describeContact(ext.contact.Id);
    expect(Contact).toMatchObject({
      QueueInfo: { Id: 'q-new' },
      AgentInfo: { Id: 'agent-new' },
      CustomerEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550123' },
    });
    await expect(
      env.client.send(
        new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.taskApi, ...changes }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRequestException' });
  });
});

describe('programmatic setup', () => {
  it('starts empty on request and serves contacts added later', async () => {
    const empty = await startEmulator({ seed: false });
    const emptyClient = sdkClient(empty);
    try {
      expect(empty.store.listInstances()).toEqual([]);
      const instanceId = 'aaaaaaaa-0000-4000-8000-000000000000';
      const ids = Array.from({ length: 25 }, (_, i) => `bulk-${i}`);
      for (const contactId of ids) {
        empty.store.addContact({ instanceId, contactId, contact: { Channel: 'CHAT', Name: contactId } });
      }
      const described = await Promise.all(
        ids.map((ContactId) => emptyClient.send(new DescribeContactCommand({ InstanceId: instanceId, ContactId }))),
      );
      expect(described.map((d) => d.Contact?.Name)).toEqual(ids);
      empty.resetStore();
      expect(empty.store.listInstances()).toEqual([]);
    } finally {
      emptyClient.destroy();
      await empty.close();
    }
  });
});

describe('the detailed seed contact', () => {
  it('DescribeContact answers its details: recordings, agent hierarchy and transitions, customer device, quality', async () => {
    const { Contact } = await env.client.send(
      new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_DETAILED_CONTACT_ID }),
    );
    expect(Contact?.Recordings?.[0]).toMatchObject({
      Status: 'AVAILABLE',
      StorageType: 'S3',
      MediaStreamType: 'AUDIO',
    });
    expect(Contact?.AgentInfo?.HierarchyGroups?.Level2?.Arn).toMatch(/agent-group\/team-cards$/);
    expect(Contact?.AgentInfo?.StateTransitions?.map((s) => s.State)).toEqual(['CONNECTED', 'DISCONNECTED']);
    expect(Contact?.AgentInfo?.AgentInitiatedHoldDuration).toBe(45);
    expect(Contact?.Customer?.DeviceInfo?.OperatingSystem).toBe('iOS');
    expect(Contact?.DisconnectDetails?.PotentialDisconnectIssue).toBe('AGENT_NETWORK_ISSUE');
    expect(Contact?.QualityMetrics?.Customer?.Audio?.QualityScore).toBe(2.5);
    expect(Contact?.ContactEvaluations?.['eval-0001']?.StartTimestamp).toEqual(new Date('2025-01-16T10:00:00.000Z'));
  });
});
