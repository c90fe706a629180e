import { moveTracks, recordingTarget } from './contact-recording.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * SuspendContactRecording (`POST /contact/suspend-recording`): the named track (ContactRecordingType), or every
 * track when none is named, goes from RECORDING to SUSPENDED. Otherwise InvalidRequestException.
 */
export const handleSuspendContactRecording: OperationHandler = (request, { store, now }) => {
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  const refused = moveTracks(target.value, ['RECORDING'], 'SUSPENDED', 'No recording of that type is in progress.');
  if (refused) return refused;
  // The contact record changed: DescribeContact's LastUpdateTimestamp shows when.
  target.value.stored.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
