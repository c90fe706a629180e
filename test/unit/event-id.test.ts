import { describe, expect, it } from 'vitest';
import {
  compareEventIds,
  formatEventId,
  localIdSource,
  MAX_EVENT_ID_LENGTH,
  parseEventId,
} from '../../src/subscriptions/event-id.ts';

describe('event ids', () => {
  it('reads `<ms>-<seq>` up to two 64-bit numbers (41 characters) and nothing else', () => {
    const max = '18446744073709551615';
    expect(parseEventId(`${max}-${max}`)).toEqual({ ms: 2n ** 64n - 1n, seq: 2n ** 64n - 1n });
    expect(`${max}-${max}`).toHaveLength(MAX_EVENT_ID_LENGTH);
    expect(parseEventId(`18446744073709551616-0`)).toBeUndefined();
    expect(parseEventId(`0${max}-${max}`)).toBeUndefined();
    for (const bad of ['', '1', '1-', '-1', '1-2-3', ' 1-2', '1-2 ', '1_2', '１-2', '0x1-2', '1-2\n'])
      expect(parseEventId(bad)).toBeUndefined();
    expect(formatEventId(parseEventId('1796513346716-7')!)).toBe('1796513346716-7');
  });

  it('orders by milliseconds, then sequence', () => {
    const id = (text: string) => parseEventId(text)!;
    expect(compareEventIds(id('2-0'), id('1-9'))).toBeGreaterThan(0);
    expect(compareEventIds(id('1-2'), id('1-10'))).toBeLessThan(0);
    expect(compareEventIds(id('1-2'), id('1-2'))).toBe(0);
  });

  it('local ids increase even when the clock stands still or steps back', () => {
    let now = 1_000;
    const next = localIdSource(() => now);
    const a = next();
    const b = next();
    now = 900;
    const c = next();
    now = 2_000;
    const d = next();
    expect([a, b, c, d].map(formatEventId)).toEqual(['1000-0', '1000-1', '1000-2', '2000-0']);
  });
});
