import { expect } from 'vitest';
import type { Stack } from '../../support/stack.ts';
import type { Answer } from './documented-errors.ts';

/** An InvalidParameterError with one FieldError per path, in order, and no call to Connect. */
export function expectFieldErrors(
  stack: Stack,
  answer: Answer & { fieldErrors?: { path: string[] }[] },
  paths: string[][],
) {
  expect(answer.__typename).toBe('InvalidParameterError');
  expect(answer.fieldErrors?.map((error) => error.path)).toEqual(paths);
  expect(stack.emulator.calls).toHaveLength(0);
}
