// The public API of @connect-gateway/connect-emulator (README.md describes it).
export { startEmulator } from './server.ts';
export type { Emulator, EmulatorOptions } from './server.ts';
export { createStore } from './state/contacts.ts';
export type { ContactPatch, ContactStore, StoreOptions } from './state/contacts.ts';
export { SEED_CONTACT_IDS, SEED_CONTACTS, SEED_INSTANCE_ID, seedStore } from './state/seed.ts';
export type { NewContact, StoredContact } from './state/types.ts';
export { createFaults, NO_FAULT } from './faults/registry.ts';
export type { FaultRegistry, FaultRegistryOptions, FaultTarget } from './faults/registry.ts';
export type { ActiveFault, FaultDecision, FaultEffect, FaultMatch, FaultSpec, TerminalEffect } from './faults/types.ts';
export { seededRandom } from './faults/random.ts';
export { createCallLog } from './call-log.ts';
export type { CallLog, CallRecord } from './call-log.ts';
export { DOCUMENTED_ERRORS, serviceError, statusFor } from './errors.ts';
export type { DocumentedErrorName, EmulatedServiceError } from './errors.ts';
export { faultSpecSchema, newContactSchema } from './control/schemas.ts';
export { CONTROL_PREFIX, OPERATION_NAMES } from './routes.ts';
export type { OperationName } from './routes.ts';
