import { z } from 'zod';
import { serviceError } from '../errors.ts';
import type { RecordingTrack } from '../state/supervision.ts';
import { text } from './contact-lookup.ts';
import { recordingTarget } from './contact-recording.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { deserialize, memberMissing } from './validation.ts';

const voiceTrackCheck = modelString('StartContactRecording', 'VoiceRecordingConfiguration.VoiceRecordingTrack');
const ivrTrackCheck = modelString('StartContactRecording', 'VoiceRecordingConfiguration.IvrRecordingTrack');

const configSchema = z.looseObject({
  VoiceRecordingConfiguration: z.looseObject({ VoiceRecordingTrack: text, IvrRecordingTrack: text }).nullish(),
});

/**
 * StartContactRecording (`POST /contact/start-recording`): starts the agent's voice track
 * (VoiceRecordingTrack) and the IVR's (IvrRecordingTrack) of an active VOICE contact. A track that
 * was ever started (recording, suspended or stopped) cannot be started again, and a configuration
 * naming no track records nothing: both InvalidRequestException.
 */
export const handleStartContactRecording: OperationHandler = (request, { store, now }) => {
  const config = deserialize(configSchema, request.body);
  if (!config.ok) return config;
  const target = recordingTarget(store, request.body);
  if (!target.ok) return target;
  const configuration = config.value.VoiceRecordingConfiguration;
  if (configuration == null) return fail(memberMissing('voiceRecordingConfiguration'));
  const bad =
    voiceTrackCheck(configuration.VoiceRecordingTrack, 'voiceRecordingConfiguration.voiceRecordingTrack') ??
    ivrTrackCheck(configuration.IvrRecordingTrack, 'voiceRecordingConfiguration.ivrRecordingTrack');
  if (bad) return fail(bad);
  const tracks: RecordingTrack[] = [];
  if (configuration.VoiceRecordingTrack != null) tracks.push('AGENT');
  if (configuration.IvrRecordingTrack != null) tracks.push('IVR');
  if (tracks.length === 0)
    return fail(serviceError('InvalidRequestException', 'VoiceRecordingConfiguration names no track to record.'));
  if (tracks.some((track) => target.value.tracks.has(track)))
    return fail(serviceError('InvalidRequestException', 'The contact is already being recorded.'));
  for (const track of tracks) target.value.tracks.set(track, 'RECORDING');
  // The contact record changed: DescribeContact's LastUpdateTimestamp shows when.
  target.value.stored.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
