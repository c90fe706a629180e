import { expect } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import type { Stack } from '../support/stack.ts';

/** The contact's name as the emulator holds it: the truth the gateway's answer must match. */
export const storedName = (stack: Stack, contactId = ONGOING_CONTACT_ID) =>
  stack.emulator.store.getContact(INSTANCE_ID, contactId)?.contact.Name;

/** Runs `fn` and returns its result with the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - started };
}

/** After a fault is gone, the same gateway answers a normal update with success. */
export async function expectStillServing(stack: Stack): Promise<void> {
  stack.emulator.faults.clear();
  const name = `after-${Math.random().toString(36).slice(2)}`;
  const { data, errors } = await stack.execute(UpdateContactDocument, { input: updateInput({ name }) });
  expect(errors).toBeUndefined();
  expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
  expect(storedName(stack)).toBe(name);
}

export const MASKED_MESSAGE = 'Amazon Connect did not complete the request.';
