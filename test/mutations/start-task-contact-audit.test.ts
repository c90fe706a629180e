import { SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import { describe, expect, it } from 'vitest';
import { StartTaskContactDocument } from '../../operations/generated/graphql.ts';
import { SUBJECT, useMutationStack } from './support/mutation-stack.ts';

const h = useMutationStack();
const SECRET_NAME = 'Refund for customer 4242';

describe('startTaskContact audit', () => {
  it('names the contact it created, the customer-data fields and attribute keys, never their values', async () => {
    const { startTaskContact: result } = await h.run(
      StartTaskContactDocument,
      {
        input: {
          instanceId: SEED_INSTANCE_ID,
          name: SECRET_NAME,
          contactFlowId: 'flow-task',
          attributes: [{ key: 'orderId', value: 'A-4242' }],
        },
      },
      'contacts:create contacts:read',
    );
    if (result.__typename !== 'StartTaskContactSuccess') throw new Error(`got ${result.__typename}`);
    expect(h.audits('startTaskContact')).toEqual([
      expect.objectContaining({
        subject: SUBJECT,
        instanceId: SEED_INSTANCE_ID,
        contactId: result.contactId,
        fields: ['name', 'attributes'],
        keys: ['orderId'],
        result: 'StartTaskContactSuccess',
        requestId: result.requestId,
      }),
    ]);
    expect(h.lines.join('\n')).not.toContain(SECRET_NAME);
    expect(h.lines.join('\n')).not.toContain('A-4242');
  });
});
