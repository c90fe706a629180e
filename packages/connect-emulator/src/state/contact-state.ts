// The per-contact state machine: which operations each state (and channel) accepts, and the error
// each refusal gets. Operations not in STATE_TABLE (UpdateContact, DescribeContact, the attribute
// and tag operations) accept every state: Connect documents them for ongoing and completed contacts.
import type { Contact, ContactInitiationMethod } from '@aws-sdk/client-connect';
import type { DocumentedErrorName, EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import type { StoredContact } from './types.ts';

/**
 * - `scheduled`: a task whose flow has not started (it waits for its ScheduledTimestamp);
 * - `queued`: waiting in a queue (QueueInfo set, no agent yet);
 * - `connected`: active and not waiting: in a flow or with an agent;
 * - `paused`: a paused task (dequeued if it was queued);
 * - `ended`: disconnected (DisconnectTimestamp set).
 * The emulator runs no flows and no scheduler: only operations move a contact between states.
 */
export const CONTACT_STATES = ['scheduled', 'queued', 'connected', 'paused', 'ended'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];
/** The states a pause can come from, and so a resume goes back to. */
export type ResumableState = Extract<ContactState, 'queued' | 'connected'>;

export interface Refusal {
  readonly error: DocumentedErrorName;
  readonly message: string;
}

export interface StateRule {
  /** The channels the operation serves; undefined: every channel. */
  readonly channels?: readonly string[];
  readonly wrongChannel?: Refusal;
  /** `true`: accepted; otherwise the refusal. */
  readonly states: Readonly<Record<ContactState, true | Refusal>>;
  /** Answers that differ for one channel. */
  readonly channelStates?: Readonly<Record<string, Partial<Record<ContactState, true | Refusal>>>>;
}

const refuse = (error: DocumentedErrorName, message: string): Refusal => ({ error, message });
const everyState = (answer: true | Refusal): Record<ContactState, true | Refusal> =>
  Object.fromEntries(CONTACT_STATES.map((s) => [s, answer])) as Record<ContactState, true | Refusal>;

const notQueued = refuse('ResourceConflictException', 'The contact is not in a queue.');
const tasksOnly = (verb: string) => refuse('InvalidRequestException', `Only TASK contacts can be ${verb}.`);
const notActive = refuse('InvalidRequestException', 'Only active contacts can be transferred.');

/** Which states (and channels) each state-dependent operation accepts, and the error each refusal gets. */
export const STATE_TABLE = {
  // Routing data is about a contact's place in a queue; the model's 409 is ResourceConflictException.
  UpdateContactRoutingData: { states: { ...everyState(notQueued), queued: true } },
  UpdateContactSchedule: {
    channels: ['TASK'],
    wrongChannel: tasksOnly('rescheduled'),
    states: {
      ...everyState(
        refuse('InvalidRequestException', 'Only a scheduled task that has not started can be rescheduled.'),
      ),
      scheduled: true,
    },
  },
  // "You can pause and resume all tasks that aren't expired, disconnected, or scheduled for a later time."
  PauseContact: {
    channels: ['TASK'],
    wrongChannel: tasksOnly('paused'),
    states: {
      scheduled: refuse('ConflictException', 'A task scheduled for later cannot be paused.'),
      queued: true,
      connected: true,
      paused: refuse('ConflictException', 'The contact is already paused.'),
      ended: refuse('ConflictException', 'The contact has ended.'),
    },
  },
  ResumeContact: {
    channels: ['TASK'],
    wrongChannel: tasksOnly('resumed'),
    states: { ...everyState(refuse('ConflictException', 'The contact is not paused.')), paused: true },
  },
  // "Transfer is only supported for TASK and EMAIL contacts", "only on active contacts"; an agent
  // may transfer a paused task.
  TransferContact: {
    channels: ['TASK', 'EMAIL'],
    wrongChannel: refuse('InvalidRequestException', 'Only TASK and EMAIL contacts can be transferred.'),
    states: { scheduled: notActive, queued: true, connected: true, paused: true, ended: notActive },
  },
  // ContactNotFoundException (410): "The contact with the specified ID is not active or does not
  // exist. Applies to Voice calls only, not to Chat or Task contacts." Other channels: not valid.
  StopContact: {
    states: { ...everyState(true), ended: refuse('InvalidRequestException', 'The contact has already ended.') },
    channelStates: { VOICE: { ended: refuse('ContactNotFoundException', 'The contact is not active.') } },
  },
} as const satisfies Record<string, StateRule>;

export type StateBoundOperation = keyof typeof STATE_TABLE;

/** Counters Connect caps (the Contact shape's TotalPauseCount max; TransferContact's documentation). */
export const LIMITS = {
  pausesPerContact: 10,
  transfersPerChain: 11,
} as const;

// "It does not work for voice contacts that use the following initiation methods" (StopContact).
const UNSTOPPABLE_VOICE = new Set<ContactInitiationMethod | undefined>([
  'DISCONNECT',
  'TRANSFER',
  'QUEUE_TRANSFER',
  'EXTERNAL_OUTBOUND',
  'MONITOR',
]);

const asError = (r: Refusal): EmulatedServiceError => serviceError(r.error, r.message);

/** The error Connect answers when `operation` meets this contact, or undefined when it is accepted. */
export function stateRefusal(operation: StateBoundOperation, stored: StoredContact): EmulatedServiceError | undefined {
  const rule: StateRule = STATE_TABLE[operation];
  const channel = stored.contact.Channel ?? '';
  if (rule.channels && !rule.channels.includes(channel) && rule.wrongChannel) return asError(rule.wrongChannel);
  const answer = rule.channelStates?.[channel]?.[stored.state] ?? rule.states[stored.state];
  if (answer !== true) return asError(answer);
  if (operation === 'StopContact' && channel === 'VOICE' && UNSTOPPABLE_VOICE.has(stored.contact.InitiationMethod)) {
    return serviceError(
      'InvalidRequestException',
      `StopContact does not work for VOICE contacts initiated by ${stored.contact.InitiationMethod ?? ''}.`,
    );
  }
  return undefined;
}

const after = (a: Date | undefined, b: Date | undefined): boolean => a !== undefined && (b === undefined || a > b);

/** The state of a contact added without one, read from its timestamps. */
export function deriveState(c: Contact): ContactState {
  if (c.DisconnectTimestamp) return 'ended';
  if (after(c.LastPausedTimestamp, c.LastResumedTimestamp)) return 'paused';
  if (c.AgentInfo?.ConnectedToAgentTimestamp) return 'connected';
  if (c.Channel === 'TASK' && c.ScheduledTimestamp && !c.QueueInfo && !c.AgentInfo) return 'scheduled';
  if (c.QueueInfo) return 'queued';
  return 'connected';
}
