import { moveTracks, recordingTarget } from './contact-recording.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * StopContactRecording (`POST /contact/stop-recording`): the named track (ContactRecordingType), or every
 * track when none is named, goes from RECORDING or SUSPENDED to STOPPED. Otherwise InvalidRequestException.
 */
export const handleStopContactRecording: OperationHandler = (request, { store }) => {
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  return (
    moveTracks(
      target.value,
      ['RECORDING', 'SUSPENDED'],
      'STOPPED',
      'No recording of that type is in progress or suspended.',
    ) ?? EMPTY_OK
  );
};
