import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('ids that look like paths', () => {
  it.each(['a/b', 'x?y=1', '..', '../../instance', 'a#b', 'sp ace', '%2F'])(
    'keeps contact id %j one path segment, matched literally',
    async (contactId) => {
      stack.emulator.resetCalls();
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
