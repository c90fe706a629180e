import type { ChangeBus } from './change-bus.ts';
import type { ContactChangeEvent } from './contact-change.ts';
import type { EventId } from './event-id.ts';

/** Kept changes read per round trip while replaying. */
const PAGE = 100;

/** A change handed to a subscriber, with its id (none for a change Redis refused during an outage). */
export interface Delivery {
  change: ContactChangeEvent;
  id?: EventId;
}

/** Why a replay could not give every missed change. */
export type ReplayFailure = 'replay_window_exceeded' | 'replay_unavailable';

/**
 * The kept changes after `after` that `accept` lets through, oldest first, read a page at a time as
 * the client takes them. Returns (as the generator's result) why it stopped short, if it did:
 * some change after `after` is no longer kept, or Redis could not answer.
 */
export async function* replayAfter(
  bus: ChangeBus,
  after: EventId,
  accept: (change: ContactChangeEvent) => boolean,
): AsyncGenerator<Delivery, ReplayFailure | undefined> {
  try {
    if (!(await bus.canReplay(after))) return 'replay_window_exceeded';
  } catch {
    return 'replay_unavailable';
  }
  let cursor: EventId | undefined = after;
  while (cursor !== undefined) {
    let page: Awaited<ReturnType<ChangeBus['readAfter']>>;
    try {
      page = await bus.readAfter(cursor, PAGE);
    } catch {
      return 'replay_unavailable';
    }
    if (page === 'gone') return 'replay_window_exceeded';
    for (const { id, event } of page.changes) if (accept(event)) yield { change: event, id };
    cursor = page.next;
  }
  return undefined;
}
