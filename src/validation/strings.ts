import { z } from 'zod';

/** Length as AWS counts it: Unicode code points, so one emoji is one character. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/**
 * A string that Connect accepts: well-formed Unicode (a lone surrogate cannot be encoded as UTF-8,
 * and the SDK would send it unchecked) whose code-point length lies within [min, max].
 */
export function connectString(min: number, max: number) {
  return z.string().superRefine((value, ctx) => {
    if (!value.isWellFormed()) {
      ctx.addIssue({ code: 'custom', message: 'must be well-formed Unicode (no lone surrogates)' });
      return;
    }
    const length = codePointLength(value);
    if (length < min || length > max) {
      const bound = min === 0 ? `at most ${max}` : `${min} to ${max}`;
      ctx.addIssue({
        code: 'custom',
        message: `must be ${bound} characters long (Unicode code points); got ${length}`,
      });
    }
  });
}

/** Size in UTF-8 bytes, as Connect counts byte totals (one emoji is 4 bytes). */
export function utf8ByteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}
