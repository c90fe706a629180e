import { serviceError } from '../errors.ts';
import { LIMITS } from '../state/contact-state.ts';
import { pause } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { readFlowControl } from './flow-control.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';

/**
 * PauseContact (`POST /contact/pause`): a queued or connected TASK becomes paused (a queued one is
 * dequeued); TotalPauseCount goes up, LastPausedTimestamp is now. The 11th pause is
 * LimitExceededException (the Contact shape caps TotalPauseCount at 10).
 */
export const handlePauseContact: OperationHandler = (request, { store, now }) => {
  const ids = readFlowControl(request.body);
  if (!ids.ok) return ids;
  const found = acceptedContact(store, ids.value, 'PauseContact');
  if (!found.ok) return found;
  if ((found.value.contact.TotalPauseCount ?? 0) >= LIMITS.pausesPerContact) {
    return fail(
      serviceError('LimitExceededException', `A contact can be paused at most ${LIMITS.pausesPerContact} times.`),
    );
  }
  pause(found.value, now());
  return EMPTY_OK;
};
