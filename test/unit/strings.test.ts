import { describe, expect, it } from 'vitest';
import { codePointLength, connectString } from '../../src/validation/strings.ts';

describe('codePointLength', () => {
  it('counts an astral character (two UTF-16 units) as one', () => {
    expect('😀'.length).toBe(2);
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('')).toBe(0);
  });
});

describe('connectString', () => {
  const schema = connectString(1, 3);

  it('accepts lengths at both bounds, counted in code points', () => {
    expect(schema.safeParse('a').success).toBe(true);
    expect(schema.safeParse('😀😀😀').success).toBe(true);
  });

  it('rejects lengths just outside both bounds', () => {
    expect(schema.safeParse('').success).toBe(false);
    expect(schema.safeParse('😀😀😀😀').success).toBe(false);
  });

  it('rejects a lone surrogate even when the length fits', () => {
    const result = schema.safeParse('\uD800');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/well-formed/);
  });

  it('says the bound and the actual length', () => {
    const result = connectString(0, 2).safeParse('abc');
    expect(result.error?.issues[0]?.message).toBe('must be at most 2 characters long (Unicode code points); got 3');
  });
});
