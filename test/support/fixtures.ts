import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import type { UpdateContactInput } from '../../operations/generated/graphql.ts';

// Seeded in every emulator, named for what the tests use them as; typed as plain ids.
export const INSTANCE_ID: string = SEED_INSTANCE_ID;
/** The ongoing VOICE contact "Billing question". */
export const ONGOING_CONTACT_ID: string = SEED_CONTACT_IDS.voiceInbound;
/** The completed CHAT contact "Order status". */
export const COMPLETED_CONTACT_ID: string = SEED_CONTACT_IDS.chatCompleted;

export function updateInput(changes: Partial<UpdateContactInput> = {}): UpdateContactInput {
  return { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID, ...changes };
}

/** n astral characters: n code points, 2n UTF-16 units. */
export const emoji = (n: number) => '😀'.repeat(n);
