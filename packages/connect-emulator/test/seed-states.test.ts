import type { Contact } from '@aws-sdk/client-connect';
import { DescribeContactCommand } from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import type { ContactState } from '../src/index.ts';
import {
  CONTACT_STATES,
  deriveState,
  SEED_CONTACT_IDS,
  SEED_INSTANCE_ID,
  STATE_TABLE,
  SYSTEM_TAG_INSTANCE_ID,
} from '../src/index.ts';
import { useEmulator } from './sdk-client.ts';

const env = useEmulator();
const describeContact = async (ContactId: string) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact;
const stateOf = (id: string) => env.emulator.store.getContact(SEED_INSTANCE_ID, id)?.state;

describe('seeded contacts for each state', () => {
  it.each([
    ['voiceInbound', 'VOICE', 'connected'],
    ['chatCompleted', 'CHAT', 'ended'],
    ['taskApi', 'TASK', 'scheduled'],
    ['voiceQueued', 'VOICE', 'queued'],
    ['taskScheduled', 'TASK', 'scheduled'],
    ['taskConnected', 'TASK', 'connected'],
    ['taskPaused', 'TASK', 'paused'],
    ['emailConnected', 'EMAIL', 'connected'],
    ['chainInitial', 'TASK', 'ended'],
    ['chainTransferred', 'TASK', 'queued'],
  ] as const)('%s is a %s contact, %s', async (key, channel, state) => {
    expect(stateOf(SEED_CONTACT_IDS[key])).toBe(state);
    expect((await describeContact(SEED_CONTACT_IDS[key]))?.Channel).toBe(channel);
  });

  it('the new seeds carry the system tag; the three original ones read as before', async () => {
    expect((await describeContact(SEED_CONTACT_IDS.voiceQueued))?.Tags).toEqual({
      [SYSTEM_TAG_INSTANCE_ID]: SEED_INSTANCE_ID,
    });
    expect((await describeContact(SEED_CONTACT_IDS.voiceInbound))?.Tags).toEqual({ team: 'billing' });
    expect((await describeContact(SEED_CONTACT_IDS.chatCompleted))?.Tags).toBeUndefined();
  });

  it('contacts added later get the system tag unless they opt out', () => {
    const added = env.emulator.store.addContact({ instanceId: 'inst-2', contact: { Tags: { team: 'x' } } });
    expect(added.contact.Tags).toEqual({ [SYSTEM_TAG_INSTANCE_ID]: 'inst-2', team: 'x' });
    expect(env.emulator.store.addContact({ instanceId: 'inst-2', systemTags: false }).contact.Tags).toBeUndefined();
  });

  it('the chain: both segments share the initial id and its attributes', async () => {
    const first = await describeContact(SEED_CONTACT_IDS.chainInitial);
    const second = await describeContact(SEED_CONTACT_IDS.chainTransferred);
    expect(first).toMatchObject({ InitialContactId: SEED_CONTACT_IDS.chainInitial, InitiationMethod: 'API' });
    expect(first?.PreviousContactId).toBeUndefined();
    expect(second).toMatchObject({
      InitialContactId: SEED_CONTACT_IDS.chainInitial,
      PreviousContactId: SEED_CONTACT_IDS.chainInitial,
      InitiationMethod: 'TRANSFER',
    });
    const attributes = { caseId: 'CASE-77', customerTier: 'gold' };
    expect(first?.Attributes).toEqual(attributes);
    expect(second?.Attributes).toEqual(attributes);
    expect((await describeContact(SEED_CONTACT_IDS.voiceInbound))?.Attributes).toBeUndefined();
  });

  it('the queued call and the paused task show their routing and pause fields', async () => {
    expect(await describeContact(SEED_CONTACT_IDS.voiceQueued)).toMatchObject({ QueuePriority: 5 });
    expect(await describeContact(SEED_CONTACT_IDS.taskPaused)).toMatchObject({
      TotalPauseCount: 1,
      TotalPauseDurationInSeconds: 0,
      LastPausedTimestamp: new Date('2025-01-15T13:10:00.000Z'),
    });
  });
});

describe('the state table', () => {
  it('names every state for every state-bound operation', () => {
    for (const rule of Object.values(STATE_TABLE))
      expect(Object.keys(rule.states).sort()).toEqual([...CONTACT_STATES].sort());
  });

  it.each([
    ['ended: a DisconnectTimestamp', { DisconnectTimestamp: new Date(1) }, 'ended'],
    [
      'paused: paused after the last resume',
      { LastPausedTimestamp: new Date(2), LastResumedTimestamp: new Date(1) },
      'paused',
    ],
    [
      'connected: resumed after the last pause',
      { LastPausedTimestamp: new Date(1), LastResumedTimestamp: new Date(2) },
      'connected',
    ],
    [
      'connected: with an agent',
      { QueueInfo: { Id: 'q' }, AgentInfo: { ConnectedToAgentTimestamp: new Date(1) } },
      'connected',
    ],
    [
      'scheduled: a task with a schedule, no queue',
      { Channel: 'TASK' as const, ScheduledTimestamp: new Date(1) },
      'scheduled',
    ],
    ['queued: in a queue', { QueueInfo: { Id: 'q' } }, 'queued'],
    ['connected: nothing else (in a flow)', {}, 'connected'],
  ] satisfies [string, Contact, ContactState][])('a contact added without a state is %s', (_label, contact, state) => {
    expect(deriveState(contact)).toBe(state);
  });
});
