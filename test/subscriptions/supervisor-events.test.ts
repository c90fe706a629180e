import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MonitorContactDocument, SuspendContactRecordingDocument } from '../../operations/generated/graphql.ts';
import { SEED } from '../mutations/support/seed.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { subscribe } from './support/sse.ts';

// The supervisor controls publish one contactChanged event for the contact they act on, with what
// their `events` declare: the monitored contact (never the supervisor, capabilities or token), the
// recorded contact with the recording type.

const stack = useStack({ client: { maxAttempts: 1 } });
const EVENTS = parse(`subscription($instanceId: ID!) {
  contactChanged(instanceId: $instanceId) { contactId operation changes { field value } }
}`) as TypedDocumentNode<{ contactChanged: unknown }, { instanceId: string }>;

describe('supervisor and agent controls in change events', () => {
  it('monitorContact: the monitored contact, nothing of the input beyond its key', async () => {
    const stream = await subscribe(stack.url, EVENTS, { instanceId: INSTANCE_ID });
    try {
      const input = {
        instanceId: INSTANCE_ID,
        contactId: SEED.voiceInbound,
        userId: 'supervisor-secret-7',
        allowedMonitorCapabilities: ['BARGE' as const],
        clientToken: 'token-secret-7',
      };
      const { data } = await stack.execute(MonitorContactDocument, { input });
      expect(data?.monitorContact.__typename).toBe('MonitorContactSuccess');
      const event = await stream.next();
      expect(event).toEqual({
        event: 'next',
        id: expect.stringMatching(/^\d+-\d+$/),
        data: {
          data: { contactChanged: { contactId: SEED.voiceInbound, operation: 'monitorContact', changes: [] } },
          extensions: { eventId: expect.stringMatching(/^\d+-\d+$/) },
        },
      });
      expect(JSON.stringify(event)).not.toMatch(/secret-7|BARGE/);
    } finally {
      stream.close();
    }
  });

  it('suspendContactRecording: the contact, and which recording', async () => {
    stack.emulator.resetStore();
    stack.emulator.store.supervision.recording(INSTANCE_ID, SEED.voiceInbound).set('AGENT', 'RECORDING');
    const stream = await subscribe(stack.url, EVENTS, { instanceId: INSTANCE_ID });
    try {
      const input = {
        instanceId: INSTANCE_ID,
        contactId: SEED.voiceInbound,
        initialContactId: SEED.voiceInbound,
        contactRecordingType: 'AGENT' as const,
      };
      const { data } = await stack.execute(SuspendContactRecordingDocument, { input });
      expect(data?.suspendContactRecording.__typename).toBe('SuspendContactRecordingSuccess');
      expect(await stream.next()).toEqual({
        event: 'next',
        id: expect.stringMatching(/^\d+-\d+$/),
        data: {
          data: {
            contactChanged: {
              contactId: SEED.voiceInbound,
              operation: 'suspendContactRecording',
              changes: [{ field: 'contactRecordingType', value: 'AGENT' }],
            },
          },
          extensions: { eventId: expect.stringMatching(/^\d+-\d+$/) },
        },
      });
    } finally {
      stream.close();
    }
  });
});
