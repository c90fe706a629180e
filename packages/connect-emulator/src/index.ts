// The public API of @connect-gateway/connect-emulator (README.md describes it).

export type { CallLog, CallRecord } from './call-log.ts';
export { createCallLog } from './call-log.ts';
export { faultSpecSchema, newContactSchema } from './control/schemas.ts';
export { injectedMessageSchema, sqsFaultSpecSchema } from './control/sqs-schemas.ts';
export type { DocumentedErrorName, EmulatedServiceError } from './errors.ts';
export { DOCUMENTED_ERRORS, serviceError, statusFor } from './errors.ts';
export type {
  ContactEventDetail,
  ContactEventEnvelope,
  ContactEventInput,
  ContactEventType,
} from './events/contact-event.ts';
export {
  CONTACT_EVENT_DETAIL_TYPE,
  CONTACT_EVENT_SOURCE,
  CONTACT_EVENT_TYPES,
  contactEvent,
} from './events/contact-event.ts';
export type { ContactEventPublisher } from './events/publisher.ts';
export { seededRandom } from './faults/random.ts';
export type { FaultRegistry, FaultRegistryOptions, FaultTarget } from './faults/registry.ts';
export { createFaults, NO_FAULT } from './faults/registry.ts';
export type { ActiveFault, FaultDecision, FaultEffect, FaultMatch, FaultSpec, TerminalEffect } from './faults/types.ts';
export { REFERENCES_PAGE_SIZE } from './operations/list-contact-references.ts';
export type { Operation, Quota } from './operations/operation.ts';
export { CONTACT_TAG_KEY, TAGS_PER_CALL } from './operations/tag-keys.ts';
export { MAX_SCHEDULE_AHEAD_MS } from './operations/update-contact-schedule.ts';
export type { OperationName } from './routes.ts';
export { CONTROL_PREFIX, OPERATION_NAMES, OPERATIONS } from './routes.ts';
export type { Emulator, EmulatorOptions } from './server.ts';
export { startEmulator } from './server.ts';
export type { QueueSettings, RedrivePolicy } from './sqs/attributes.ts';
export { DEFAULT_SETTINGS, MAX_MESSAGE_BYTES } from './sqs/attributes.ts';
export type { SqsErrorKind, SqsErrorName } from './sqs/errors.ts';
export { SQS_ERRORS } from './sqs/errors.ts';
export type { SqsFault, SqsFaultEffect, SqsFaultSpec } from './sqs/faults.ts';
export { MAX_BATCH_ENTRIES } from './sqs/operations/batch.ts';
export { PURGE_INTERVAL_MS } from './sqs/operations/queue-admin.ts';
export type { SqsOperationName } from './sqs/operations.ts';
export { SQS_OPERATION_NAMES } from './sqs/operations.ts';
export type { Queue } from './sqs/queue.ts';
export type { QueueRegistry } from './sqs/queues.ts';
export type { SqsService } from './sqs/service.ts';
export { SQS_CONTENT_TYPE, SQS_TARGET_PREFIX } from './sqs/wire.ts';
export type { ChainAttributes } from './state/chain-attributes.ts';
export { ATTRIBUTE_LIMITS, attributeBytes } from './state/chain-attributes.ts';
export type { ContactState, Refusal, ResumableState, StateBoundOperation, StateRule } from './state/contact-state.ts';
export { CONTACT_STATES, deriveState, LIMITS, STATE_TABLE, stateRefusal } from './state/contact-state.ts';
export type { ContactPatch, ContactStore, StoreOptions } from './state/contacts.ts';
export { createStore } from './state/contacts.ts';
export type { IdempotencyCache, IdempotentAnswer } from './state/idempotency.ts';
export { SEED_CONTACT_IDS, SEED_CONTACTS, SEED_INSTANCE_ID, seedStore } from './state/seed.ts';
export { SEED_DETAILED_CONTACT_ID } from './state/seed-details.ts';
export { MAX_USER_TAGS_PER_CONTACT, SYSTEM_TAG_INSTANCE_ID } from './state/tags.ts';
export type { NewContact, StoredContact } from './state/types.ts';
