// The public API of @connect-gateway/connect-emulator (README.md describes it).

export type { CallLog, CallRecord } from './call-log.ts';
export { createCallLog } from './call-log.ts';
export { faultSpecSchema, newContactSchema } from './control/schemas.ts';
export type { DocumentedErrorName, EmulatedServiceError } from './errors.ts';
export { DOCUMENTED_ERRORS, serviceError, statusFor } from './errors.ts';
export { seededRandom } from './faults/random.ts';
export type { FaultRegistry, FaultRegistryOptions, FaultTarget } from './faults/registry.ts';
export { createFaults, NO_FAULT } from './faults/registry.ts';
export type { ActiveFault, FaultDecision, FaultEffect, FaultMatch, FaultSpec, TerminalEffect } from './faults/types.ts';
export type { Operation, Quota } from './operations/operation.ts';
export { CONTACT_TAG_KEY, TAGS_PER_CALL } from './operations/tag-keys.ts';
export { MAX_SCHEDULE_AHEAD_MS } from './operations/update-contact-schedule.ts';
export type { OperationName } from './routes.ts';
export { CONTROL_PREFIX, OPERATION_NAMES, OPERATIONS } from './routes.ts';
export type { Emulator, EmulatorOptions } from './server.ts';
export { startEmulator } from './server.ts';
export type { ChainAttributes } from './state/chain-attributes.ts';
export { ATTRIBUTE_LIMITS, attributeBytes } from './state/chain-attributes.ts';
export type { ContactState, Refusal, ResumableState, StateBoundOperation, StateRule } from './state/contact-state.ts';
export { CONTACT_STATES, deriveState, LIMITS, STATE_TABLE, stateRefusal } from './state/contact-state.ts';
export type { ContactPatch, ContactStore, StoreOptions } from './state/contacts.ts';
export { createStore } from './state/contacts.ts';
export type { IdempotencyCache, IdempotentAnswer } from './state/idempotency.ts';
export { SEED_CONTACT_IDS, SEED_CONTACTS, SEED_INSTANCE_ID, seedStore } from './state/seed.ts';
export { MAX_USER_TAGS_PER_CONTACT, SYSTEM_TAG_INSTANCE_ID } from './state/tags.ts';
export type { NewContact, StoredContact } from './state/types.ts';
