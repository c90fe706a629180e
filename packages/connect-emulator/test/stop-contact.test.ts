import type { ContactInitiationMethod } from '@aws-sdk/client-connect';
import {
  ContactNotFoundException,
  DescribeContactCommand,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  StopContactCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const env = useEmulator({ clock: () => NOW });
beforeEach(() => env.emulator.resetStore());

const stop = (ContactId: string, Code?: string) =>
  env.client.send(
    new StopContactCommand({
      InstanceId: SEED_INSTANCE_ID,
      ContactId,
      DisconnectReason: Code === undefined ? undefined : { Code },
    }),
  );
const describeContact = async (ContactId: string) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact;
const stateOf = (id: string) => env.emulator.store.getContact(SEED_INSTANCE_ID, id)?.state;

describe('StopContact', () => {
  it.each([
    ['a voice call with an agent', SEED_CONTACT_IDS.voiceInbound],
    ['a queued voice call', SEED_CONTACT_IDS.voiceQueued],
    ['a scheduled task', SEED_CONTACT_IDS.taskScheduled],
    ['a connected task', SEED_CONTACT_IDS.taskConnected],
    ['an email', SEED_CONTACT_IDS.emailConnected],
    ['a queued task initiated by TRANSFER (only VOICE is restricted)', SEED_CONTACT_IDS.chainTransferred],
  ])('ends %s: DisconnectTimestamp now, reason API', async (_label, id) => {
    expect((await stop(id)).$metadata.httpStatusCode).toBe(200);
    expect(stateOf(id)).toBe('ended');
    expect(await describeContact(id)).toMatchObject({ DisconnectTimestamp: NOW, DisconnectReason: 'API' });
  });

  it('stores the DisconnectReason code sent', async () => {
    await stop(SEED_CONTACT_IDS.taskConnected, 'OUTBOUND_DESTINATION_ENDPOINT_ERROR');
    expect((await describeContact(SEED_CONTACT_IDS.taskConnected))?.DisconnectReason).toBe(
      'OUTBOUND_DESTINATION_ENDPOINT_ERROR',
    );
  });

  it('a paused task: the pause ends with it and its seconds are counted', async () => {
    await stop(SEED_CONTACT_IDS.taskPaused);
    const paused = (NOW.getTime() - Date.parse('2025-01-15T13:10:00.000Z')) / 1000;
    expect((await describeContact(SEED_CONTACT_IDS.taskPaused))?.TotalPauseDurationInSeconds).toBe(paused);
  });

  it('an ended voice call → ContactNotFoundException (410)', async () => {
    await stop(SEED_CONTACT_IDS.voiceInbound);
    const error = await rejectionOf(stop(SEED_CONTACT_IDS.voiceInbound));
    expect(error).toBeInstanceOf(ContactNotFoundException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 410 });
  });

  it.each([
    ['an ended chat', SEED_CONTACT_IDS.chatCompleted],
    ['an ended task', SEED_CONTACT_IDS.chainInitial],
  ])('%s → InvalidRequestException (410 is for voice calls only), its end unchanged', async (_label, id) => {
    const before = (await describeContact(id))?.DisconnectTimestamp;
    await expect(stop(id)).rejects.toBeInstanceOf(InvalidRequestException);
    expect((await describeContact(id))?.DisconnectTimestamp).toEqual(before);
  });

  it.each(['DISCONNECT', 'TRANSFER', 'QUEUE_TRANSFER', 'EXTERNAL_OUTBOUND', 'MONITOR'] as const)(
    'a VOICE contact initiated by %s cannot be stopped → InvalidRequestException',
    async (method: ContactInitiationMethod) => {
      const { contact } = env.emulator.store.addContact({
        instanceId: SEED_INSTANCE_ID,
        contact: { Channel: 'VOICE', InitiationMethod: method },
      });
      await expect(stop(contact.Id)).rejects.toBeInstanceOf(InvalidRequestException);
      expect(stateOf(contact.Id)).toBe('connected');
    },
  );

  it('unknown → ResourceNotFoundException (404); missing or too long ids → InvalidParameterException', async () => {
    const error = await rejectionOf(stop('no-such-contact'));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 404 });
    for (const id of ['', 'c'.repeat(257)]) await expect(stop(id)).rejects.toBeInstanceOf(InvalidParameterException);
    const noInstance = JSON.stringify({ ContactId: SEED_CONTACT_IDS.taskConnected });
    expect(await rawOutcome(env.emulator, 'POST', '/contact/stop', noInstance)).toBe('400 InvalidParameterException');
  });

  it('a DisconnectReason that is not a structure → SerializationException', async () => {
    const body = JSON.stringify({
      InstanceId: SEED_INSTANCE_ID,
      ContactId: SEED_CONTACT_IDS.taskConnected,
      DisconnectReason: 'x',
    });
    expect(await rawOutcome(env.emulator, 'POST', '/contact/stop', body)).toBe('400 SerializationException');
  });
});
