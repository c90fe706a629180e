import { resume } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { readFlowControl } from './flow-control.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * ResumeContact (`POST /contact/resume`): a paused TASK goes back to where it was paused (queued or
 * connected); the pause's whole seconds are added to TotalPauseDurationInSeconds.
 */
export const handleResumeContact: OperationHandler = (request, { store, now }) => {
  const ids = readFlowControl(request.body);
  if (!ids.ok) return ids;
  const found = acceptedContact(store, ids.value, 'ResumeContact');
  if (!found.ok) return found;
  resume(found.value, now());
  return EMPTY_OK;
};
