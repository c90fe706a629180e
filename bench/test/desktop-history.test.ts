import { describe, expect, it } from 'vitest';
import { NameHistory } from '../desktop-users.ts';

describe("bench:desktop's stale-read check", () => {
  const history = () => new NameHistory({ c1: 'Contact 1' });

  it('takes the seeded name until a change is answered', () => {
    const names = history();
    expect(names.isStale('c1', 'Contact 1', names.snapshot('c1'))).toBe(false);
  });

  it('takes the old or the new name while a change is in flight', () => {
    const names = history();
    names.sending('c1', 'step 0');
    const snapshot = names.snapshot('c1');
    expect(names.isStale('c1', 'Contact 1', snapshot)).toBe(false);
    expect(names.isStale('c1', 'step 0', snapshot)).toBe(false);
  });

  it('counts the old name as stale for a read that began after the change was answered', () => {
    const names = history();
    names.sending('c1', 'step 0');
    const before = names.snapshot('c1');
    names.answered('c1', 'step 0');
    const after = names.snapshot('c1');
    expect(names.isStale('c1', 'Contact 1', before)).toBe(false);
    expect(names.isStale('c1', 'Contact 1', after)).toBe(true);
    expect(names.isStale('c1', 'step 0', after)).toBe(false);
  });

  it('counts a name the bench never gave as stale', () => {
    const names = history();
    expect(names.isStale('c1', 'Someone else', names.snapshot('c1'))).toBe(true);
    expect(names.isStale('c1', null, names.snapshot('c1'))).toBe(true);
  });
});
