import { moveTracks, recordingTarget } from './contact-recording.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * SuspendContactRecording (`POST /contact/suspend-recording`): the named track (ContactRecordingType), or every
 * track when none is named, goes from RECORDING to SUSPENDED. Otherwise InvalidRequestException.
 */
export const handleSuspendContactRecording: OperationHandler = (request, { store }) => {
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  return moveTracks(target.value, ['RECORDING'], 'SUSPENDED', 'No recording of that type is in progress.') ?? EMPTY_OK;
};
