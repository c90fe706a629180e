import { describe, expect, it } from 'vitest';
import { checkMessage, MAX_MESSAGE_DEPTH, nestsDeeperThan } from '../../src/subscriptions/redis-message.ts';

describe('nestsDeeperThan (no recursion)', () => {
  it('counts objects and lists outside strings only, escaped quotes included', () => {
    expect(nestsDeeperThan('[[{"a":[1]}]]', 4)).toBe(false);
    expect(nestsDeeperThan('[[{"a":[[1]]}]]', 4)).toBe(true);
    expect(nestsDeeperThan(`["${'['.repeat(100)}"]`, 1)).toBe(false);
    expect(nestsDeeperThan(`["\\"${'['.repeat(10)}"]`, 1)).toBe(false);
    expect(nestsDeeperThan(`["\\\\",[["x"]]]`, 2)).toBe(true);
  });

  it('takes a million levels in linear time, without a stack', () => {
    expect(nestsDeeperThan('['.repeat(1_000_000), MAX_MESSAGE_DEPTH)).toBe(true);
  });
});

describe('checkMessage', () => {
  const event = {
    instanceId: 'i',
    contactId: 'c',
    operation: 'updateContact',
    changes: [{ field: 'name', value: 'n' }],
    changedAt: '2026-01-01T00:00:00.000Z',
    requestId: null,
  };
  it('bounds the size in UTF-8 bytes: one byte past the limit is too large', () => {
    const message = JSON.stringify({ ...event, changes: [{ field: 'name', value: '😀'.repeat(10) }] });
    const bytes = Buffer.byteLength(message);
    expect(checkMessage(message, bytes)).toHaveProperty('event');
    expect(checkMessage(message, bytes - 1)).toEqual({ dropped: 'too_large' });
  });

  it('drops what is not JSON, or not a change event, as malformed', () => {
    expect(checkMessage('not json', 1_000)).toEqual({ dropped: 'malformed' });
    expect(checkMessage(JSON.stringify({ ...event, changedAt: 'yesterday' }), 1_000)).toEqual({ dropped: 'malformed' });
  });
});
