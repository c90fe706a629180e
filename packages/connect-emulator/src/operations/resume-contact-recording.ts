import { moveTracks, recordingTarget } from './contact-recording.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

/**
 * ResumeContactRecording (`POST /contact/resume-recording`): the named track (ContactRecordingType), or every
 * track when none is named, goes from SUSPENDED to RECORDING. Otherwise InvalidRequestException.
 */
export const handleResumeContactRecording: OperationHandler = (request, { store, now }) => {
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  const refused = moveTracks(target.value, ['SUSPENDED'], 'RECORDING', 'No recording of that type is suspended.');
  if (refused) return refused;
  // The contact record changed: DescribeContact's LastUpdateTimestamp shows when.
  target.value.stored.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
