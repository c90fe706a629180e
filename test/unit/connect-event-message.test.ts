import { describe, expect, it } from 'vitest';
import { MAX_EVENT_BYTES, MAX_EVENT_DEPTH, readConnectEvent } from '../../src/connect-events/connect-event-message.ts';

const INSTANCE = '11111111-2222-4333-8444-555555555555';
const ARN = `arn:aws:connect:eu-central-1:111122223333:instance/${INSTANCE}`;
const envelope = (detail: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
  version: '0',
  id: 'c3a7e1f0-0000-4000-8000-000000000001',
  'detail-type': 'Amazon Connect Contact Event',
  source: 'aws.connect',
  time: '2026-12-05T10:00:00Z',
  detail: { eventType: 'QUEUED', contactId: 'contact-1', instanceArn: ARN, ...detail },
  ...top,
});

/** A well-formed envelope padded to exactly `bytes` UTF-8 bytes, mostly with 2-byte characters. */
function ofBytes(bytes: number): string {
  const left = bytes - Buffer.byteLength(JSON.stringify({ ...envelope(), pad: '' }));
  return JSON.stringify({ ...envelope(), pad: 'é'.repeat(Math.floor(left / 2)) + 'x'.repeat(left % 2) });
}

/** An envelope whose ignored field nests lists so that the whole is exactly `depth` levels deep (the envelope is 1). */
const ofDepth = (depth: number) =>
  JSON.stringify(envelope()).replace(/}$/, `,"pad":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`);

describe('readConnectEvent', () => {
  it('reads the EventBridge id, the instance id from the ARN, the contact, the type and the time', () => {
    expect(readConnectEvent(JSON.stringify(envelope()))).toEqual({
      eventId: 'c3a7e1f0-0000-4000-8000-000000000001',
      instanceId: INSTANCE,
      contactId: 'contact-1',
      eventType: 'QUEUED',
      time: '2026-12-05T10:00:00Z',
      updatedProperties: [],
    });
  });

  it("reads CONTACT_DATA_UPDATED's updatedProperties; a malformed list is ignored, not the event", () => {
    const read = (updatedProperties: unknown) =>
      readConnectEvent(JSON.stringify(envelope({ eventType: 'CONTACT_DATA_UPDATED', updatedProperties })));
    expect(read(['Name', 'UserDefinedAttributes'])).toMatchObject({
      updatedProperties: ['Name', 'UserDefinedAttributes'],
    });
    expect(read('Name')).toMatchObject({ eventType: 'CONTACT_DATA_UPDATED', updatedProperties: [] });
    expect(read(['not a name'])).toMatchObject({ updatedProperties: [] });
    expect(read(Array.from({ length: 64 }, () => 'Tags'))).toMatchObject({ updatedProperties: expect.any(Array) });
    expect(read(Array.from({ length: 65 }, () => 'Tags'))).toMatchObject({ updatedProperties: [] });
  });

  it(`takes ${MAX_EVENT_BYTES} UTF-8 bytes, refuses one more (counted in bytes, not characters)`, () => {
    expect(Buffer.byteLength(ofBytes(MAX_EVENT_BYTES))).toBe(MAX_EVENT_BYTES);
    expect(readConnectEvent(ofBytes(MAX_EVENT_BYTES))).toHaveProperty('eventId');
    expect(Buffer.byteLength(ofBytes(MAX_EVENT_BYTES + 1))).toBe(MAX_EVENT_BYTES + 1);
    expect(ofBytes(MAX_EVENT_BYTES + 1).length).toBeLessThan(MAX_EVENT_BYTES);
    expect(readConnectEvent(ofBytes(MAX_EVENT_BYTES + 1))).toEqual({ dropped: 'too_large' });
  });

  it(`takes ${MAX_EVENT_DEPTH} levels of nesting, refuses ${MAX_EVENT_DEPTH + 1}, and 100,000 without overflowing`, () => {
    expect(readConnectEvent(ofDepth(MAX_EVENT_DEPTH))).toHaveProperty('eventId');
    expect(readConnectEvent(ofDepth(MAX_EVENT_DEPTH + 1))).toEqual({ dropped: 'too_deep' });
    expect(readConnectEvent('['.repeat(100_000))).toEqual({ dropped: 'too_deep' });
  });

  it('not JSON is malformed; JSON that is not a contact event is not_contact_event', () => {
    expect(readConnectEvent('{"id": ')).toEqual({ dropped: 'malformed' });
    expect(readConnectEvent('')).toEqual({ dropped: 'malformed' });
    for (const other of [
      null,
      [],
      'text',
      envelope({}, { source: 'aws.ec2' }),
      envelope({}, { 'detail-type': 'Contact Lens Analysis State Change' }),
      envelope({}, { id: 'x'.repeat(129) }),
      envelope({}, { id: 'has space' }),
      envelope({}, { time: 'yesterday' }),
      envelope({ eventType: 'queued' }),
      envelope({ eventType: `Q${'A'.repeat(64)}` }),
      envelope({ contactId: '' }),
      envelope({ contactId: 'c'.repeat(257) }),
      envelope({ instanceArn: 'arn:aws:connect:eu-central-1:111122223333:instance/a/contact/b' }),
      envelope({ instanceArn: `arn:aws:sqs:eu-central-1:111122223333:instance/${INSTANCE}` }),
    ])
      expect(readConnectEvent(JSON.stringify(other))).toEqual({ dropped: 'not_contact_event' });
  });

  it('lets event types Connect may add, and fields it does not know, through', () => {
    const event = readConnectEvent(
      JSON.stringify(envelope({ eventType: `N${'E'.repeat(63)}`, later: { deep: [1] } }, { extra: true })),
    );
    expect(event).toMatchObject({ eventType: `N${'E'.repeat(63)}` });
    expect(readConnectEvent(JSON.stringify(envelope({ contactId: 'c'.repeat(256) })))).toHaveProperty('eventId');
  });
});
