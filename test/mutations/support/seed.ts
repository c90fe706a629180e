import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator';

/** The emulator's seeded instance and contacts, one for each state the state machine knows. */
export const INSTANCE_ID = SEED_INSTANCE_ID;
export const SEED = SEED_CONTACT_IDS;

/** A contact key for a mutation input. */
export const key = (contactId: string) => ({ instanceId: INSTANCE_ID, contactId });
