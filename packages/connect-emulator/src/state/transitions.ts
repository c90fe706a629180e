// What each state-changing operation does to a contact, once the state table has accepted it.
import type { RoutingCriteria } from '@aws-sdk/client-connect';
import type { ContactStore } from './contacts.ts';
import type { StoredContact } from './types.ts';

export interface RoutingData {
  queuePriority?: bigint;
  adjustment?: number;
  routingCriteria?: RoutingCriteria;
}

export function updateRoutingData(stored: StoredContact, data: RoutingData, now: Date): void {
  if (data.queuePriority !== undefined) stored.queuePriority = data.queuePriority;
  if (data.adjustment !== undefined) stored.contact.QueueTimeAdjustmentSeconds = data.adjustment;
  if (data.routingCriteria) stored.contact.RoutingCriteria = data.routingCriteria;
  stored.contact.LastUpdateTimestamp = now;
}

export function reschedule(stored: StoredContact, scheduledTime: Date, now: Date): void {
  stored.contact.ScheduledTimestamp = scheduledTime;
  stored.contact.LastUpdateTimestamp = now;
}

// Whole seconds paused since the last pause, added to the total when the pause ends.
function endPause(stored: StoredContact, now: Date): void {
  const c = stored.contact;
  const since = c.LastPausedTimestamp?.getTime() ?? now.getTime();
  c.TotalPauseDurationInSeconds =
    (c.TotalPauseDurationInSeconds ?? 0) + Math.max(0, Math.floor((now.getTime() - since) / 1000));
  delete stored.resumeTo;
}

export function pause(stored: StoredContact, now: Date): void {
  const c = stored.contact;
  stored.resumeTo = stored.state === 'queued' ? 'queued' : 'connected';
  stored.state = 'paused';
  c.TotalPauseCount = (c.TotalPauseCount ?? 0) + 1;
  c.TotalPauseDurationInSeconds ??= 0;
  c.LastPausedTimestamp = now;
  c.LastUpdateTimestamp = now;
}

export function resume(stored: StoredContact, now: Date): void {
  stored.state = stored.resumeTo ?? 'connected';
  endPause(stored, now);
  stored.contact.LastResumedTimestamp = now;
  stored.contact.LastUpdateTimestamp = now;
}

/** Ends a contact (StopContact, or the segment a transfer leaves). */
export function end(stored: StoredContact, now: Date, disconnectReason?: string): void {
  if (stored.state === 'paused') endPause(stored, now);
  stored.state = 'ended';
  stored.contact.DisconnectTimestamp = now;
  if (disconnectReason !== undefined) stored.contact.DisconnectReason = disconnectReason;
  stored.contact.LastUpdateTimestamp = now;
}

export type TransferTarget = { queueId: string } | { userId: string };

/**
 * A transfer ends this segment and starts the next one of the chain: a new contact id, the same
 * InitialContactId, PreviousContactId this one, initiated by TRANSFER, waiting for the queue or
 * the agent it was sent to.
 */
export function transfer(store: ContactStore, from: StoredContact, target: TransferTarget, now: Date): StoredContact {
  end(from, now);
  const c = from.contact;
  return store.addContact({
    instanceId: from.instanceId,
    state: 'queued',
    contact: {
      Channel: c.Channel,
      InitiationMethod: 'TRANSFER',
      Name: c.Name,
      Description: c.Description,
      InitialContactId: c.InitialContactId,
      PreviousContactId: c.Id,
      InitiationTimestamp: now,
      LastUpdateTimestamp: now,
      ...('queueId' in target
        ? { QueueInfo: { Id: target.queueId, EnqueueTimestamp: now } }
        : { AgentInfo: { Id: target.userId } }),
    },
  });
}
