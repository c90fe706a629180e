import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

describe('ids that look like paths', () => {
  it.each(['.', '..'])('refuses %j as an id (a URL path segment), without calling Connect', async (id) => {
    const { data } = await stack.execute(UpdateContactDocument, {
      input: { instanceId: id, contactId: id, name: 'dots' },
    });
    expect(data?.updateContact).toMatchObject({
      __typename: 'InvalidParameterError',
      fieldErrors: [
        { path: ['input', 'instanceId'], message: expect.stringMatching(/must not be "\." or "\.\."/) },
        { path: ['input', 'contactId'], message: expect.stringMatching(/must not be "\." or "\.\."/) },
      ],
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it.each(['...', '.a', 'a.', '../../instance'])(
    'accepts %j: dots beside other characters stay one segment',
    async (contactId) => {
      stack.emulator.store.addContact({ instanceId: INSTANCE_ID, contactId, contact: { Channel: 'CHAT' } });
      const { data } = await stack.execute(UpdateContactDocument, {
        input: { instanceId: INSTANCE_ID, contactId, name: 'dots' },
      });
      expect(data?.updateContact).toMatchObject({ __typename: 'UpdateContactSuccess', contactId });
    },
  );

  it.each(['a/b', 'x?y=1', '../../instance', 'a#b', 'sp ace', '%2F'])(
    'keeps contact id %j one path segment, matched literally',
    async (contactId) => {
      stack.emulator.store.addContact({ instanceId: INSTANCE_ID, contactId, contact: { Channel: 'CHAT' } });
      const { data } = await stack.execute(UpdateContactDocument, {
        input: { instanceId: INSTANCE_ID, contactId, name: 'tricky' },
      });
      expect(data?.updateContact).toMatchObject({ __typename: 'UpdateContactSuccess', contactId });
      const [update] = stack.connectCalls('UpdateContact');
      expect(update?.instanceId).toBe(INSTANCE_ID);
      expect(update?.contactId).toBe(contactId);
      expect(update?.rawPath.split('/')).toHaveLength(4);
    },
  );
});
