import { describe, expect, it } from 'vitest';
import { ECHO_WINDOW_MS, matchEcho } from '../../src/connect-events/echoes.ts';

const AT = 1_000_000;
const intent = (token: string, properties: string[], at = AT) => ({ token, at, properties });
const made = (token: string, marker: string) => ({ token, made: marker });
const failed = (token: string) => ({ token, failed: true as const });

describe('matchEcho', () => {
  it('marks an event whose properties the change covered, within the window on both sides of its end', () => {
    const entries = [made('t1', 'req-1'), intent('t1', ['Name', 'Description'])];
    expect(matchEcho(entries, ['Name'], AT + ECHO_WINDOW_MS, false)).toBe('req-1');
    expect(matchEcho(entries, ['Name', 'Description'], AT, false)).toBe('req-1');
    expect(matchEcho(entries, ['Name'], AT + ECHO_WINDOW_MS + 1, false)).toBeNull();
  });

  it('does not mark properties the change did not cover, nor an event naming none', () => {
    const entries = [made('t1', 'req-1'), intent('t1', ['Name'])];
    expect(matchEcho(entries, ['Name', 'Tags'], AT, false)).toBeNull();
    expect(matchEcho(entries, ['UserDefinedAttributes'], AT, false)).toBeNull();
    expect(matchEcho(entries, [], AT, false)).toBeNull();
  });

  it('takes the newest covering change; skips a change whose call failed', () => {
    const entries = [made('t2', 'req-2'), intent('t2', ['Name'], AT + 10), made('t1', 'req-1'), intent('t1', ['Name'])];
    expect(matchEcho(entries, ['Name'], AT + 20, false)).toBe('req-2');
    const afterFailure = [failed('t3'), intent('t3', ['Name'], AT + 30), ...entries];
    expect(matchEcho(afterFailure, ['Name'], AT + 40, false)).toBe('req-2');
  });

  it('waits for a change still in its Connect call, and passes it over once settled', () => {
    const entries = [intent('t2', ['Name'], AT + 10), made('t1', 'req-1'), intent('t1', ['Name'])];
    expect(matchEcho(entries, ['Name'], AT + 20, false)).toBe('pending');
    expect(matchEcho(entries, ['Name'], AT + 20, true)).toBe('req-1');
  });
});
