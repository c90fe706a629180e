// What the supervisor and agent controls keep beside a contact: the state of each recording track,
// MonitorContact's client tokens, the agent-side state of a contact (MISSED, ERROR, REJECTED) and
// the contacts an agent dismissed.
import type { IdempotencyCache } from './idempotency.ts';
import { createIdempotencyCache } from './idempotency.ts';

/** ContactRecordingType: the agent's voice, the IVR's voice, the agent's screen. */
export const RECORDING_TRACKS = ['AGENT', 'IVR', 'SCREEN'] as const;
export type RecordingTrack = (typeof RECORDING_TRACKS)[number];
/** A track never started has no entry; a stopped one cannot be started again. */
export type RecordingStatus = 'RECORDING' | 'SUSPENDED' | 'STOPPED';

/** The states of an agent's contact that DismissUserContact clears besides an ended contact. */
export const DISMISSABLE_AGENT_STATES = ['MISSED', 'ERROR', 'REJECTED'] as const;
export type AgentContactState = (typeof DISMISSABLE_AGENT_STATES)[number];

export interface Supervision {
  recording(instanceId: string, contactId: string): Map<RecordingTrack, RecordingStatus>;
  /** MonitorContact's client tokens. */
  readonly monitorTokens: IdempotencyCache;
  /** The agent-side state a contact shows in the agent's contact list (test setup). */
  agentState(instanceId: string, contactId: string): AgentContactState | undefined;
  setAgentState(instanceId: string, contactId: string, state: AgentContactState): void;
  isDismissed(instanceId: string, contactId: string): boolean;
  dismiss(instanceId: string, contactId: string): void;
  clear(): void;
}

const keyOf = (instanceId: string, contactId: string) => `${instanceId}\u0000${contactId}`;

export function createSupervision(): Supervision {
  const recordings = new Map<string, Map<RecordingTrack, RecordingStatus>>();
  const agentStates = new Map<string, AgentContactState>();
  const dismissed = new Set<string>();
  const monitorTokens = createIdempotencyCache();
  return {
    recording(instanceId, contactId) {
      const key = keyOf(instanceId, contactId);
      let tracks = recordings.get(key);
      if (!tracks) {
        tracks = new Map();
        recordings.set(key, tracks);
      }
      return tracks;
    },
    monitorTokens,
    agentState: (instanceId, contactId) => agentStates.get(keyOf(instanceId, contactId)),
    setAgentState: (instanceId, contactId, state) => void agentStates.set(keyOf(instanceId, contactId), state),
    isDismissed: (instanceId, contactId) => dismissed.has(keyOf(instanceId, contactId)),
    dismiss: (instanceId, contactId) => void dismissed.add(keyOf(instanceId, contactId)),
    clear() {
      recordings.clear();
      agentStates.clear();
      dismissed.clear();
      monitorTokens.clear();
    },
  };
}
