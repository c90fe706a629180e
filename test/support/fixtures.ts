import type { UpdateContactInput } from '../../operations/generated/graphql.ts';

/** Seeded in every emulator (SEED_INSTANCE_ID and SEED_CONTACT_IDS of @connect-gateway/connect-emulator). */
export const INSTANCE_ID = '11111111-2222-4333-8444-555555555555';
export const ONGOING_CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const COMPLETED_CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000002';

export function updateInput(changes: Partial<UpdateContactInput> = {}): UpdateContactInput {
  return { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID, ...changes };
}

/** n astral characters: n code points, 2n UTF-16 units. */
export const emoji = (n: number) => '😀'.repeat(n);
