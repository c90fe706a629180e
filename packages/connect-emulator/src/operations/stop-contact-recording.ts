import { moveTracks, recordingTarget } from './contact-recording.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * StopContactRecording (`POST /contact/stop-recording`): the named track (ContactRecordingType), or every
 * track when none is named, goes from RECORDING or SUSPENDED to STOPPED. Otherwise InvalidRequestException.
 */
export const handleStopContactRecording: OperationHandler = (request, { store, now }) => {
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  const message = 'No recording of that type is in progress or suspended.';
  const refused = moveTracks(target.value, ['RECORDING', 'SUSPENDED'], 'STOPPED', message);
  if (refused) return refused;
  // The contact record changed: DescribeContact's LastUpdateTimestamp shows when.
  target.value.stored.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
