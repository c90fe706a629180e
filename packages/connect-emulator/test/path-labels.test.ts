import { DescribeContactCommand, ResourceNotFoundException, UpdateContactCommand } from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { useEmulator } from './sdk-client.ts';

const env = useEmulator();

const TRICKY = ['a/b', 'x?y=1', '..', '.', '../../instance', 'a#b', 'sp ace', '%2F', 'ü/😀'];

describe('path labels', () => {
  it.each(TRICKY)('contact id %j arrives as one segment and is matched literally', async (contactId) => {
    env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID, contactId, contact: { Name: 'before' } });
    env.emulator.resetCalls();
    await env.client.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: contactId, Name: contactId }),
    );
    const [call] = env.emulator.calls;
    expect(env.emulator.calls).toHaveLength(1);
    expect(call).toMatchObject({ operation: 'UpdateContact', instanceId: SEED_INSTANCE_ID, contactId, status: 200 });
    expect(call?.rawPath.split('/')).toHaveLength(4);
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, contactId)?.contact.Name).toBe(contactId);
  });

  // Each would reach a real contact if the path were normalised.
  it.each([
    `../${SEED_CONTACT_IDS.voiceInbound}`,
    `${SEED_CONTACT_IDS.voiceInbound}/.`,
    `./${SEED_CONTACT_IDS.taskApi}`,
  ])('unknown id %j is not found rather than resolved to another path', async (contactId) => {
    env.emulator.resetCalls();
    const send = env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: contactId }));
    await expect(send).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(env.emulator.calls[0]?.contactId).toBe(contactId);
  });

  it('an instance id with a slash is one segment too', async () => {
    const instanceId = 'tenant/one';
    env.emulator.store.addContact({ instanceId, contactId: 'c1' });
    const { Contact } = await env.client.send(new DescribeContactCommand({ InstanceId: instanceId, ContactId: 'c1' }));
    expect(Contact?.Arn).toContain('instance/tenant/one/contact/c1');
    expect(env.emulator.calls.at(-1)?.rawPath).toBe('/contacts/tenant%2Fone/c1');
  });
});
