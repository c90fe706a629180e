// What the four recording operations share: the body (ids and a ContactRecordingType), and the
// contact they accept: an active VOICE contact of the chain InitialContactId names.
import { z } from 'zod';
import { serviceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { RecordingStatus, RecordingTrack } from '../state/supervision.ts';
import { RECORDING_TRACKS } from '../state/supervision.ts';
import type { StoredContact } from '../state/types.ts';
import { findContact, isServiceError, readIdentifiedBody, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationResult } from './operation.ts';
import { fail } from './operation.ts';
import type { Validated } from './validation.ts';
import { memberMissing } from './validation.ts';

// The same shapes in the four operations' models.
const initialContactIdCheck = modelString('SuspendContactRecording', 'InitialContactId');
const recordingTypeCheck = modelString('SuspendContactRecording', 'ContactRecordingType');

const bodySchema = z.looseObject({
  InstanceId: text,
  ContactId: text,
  InitialContactId: text,
  ContactRecordingType: text,
});
export type RecordingBody = z.output<typeof bodySchema>;

export interface RecordingTarget {
  body: RecordingBody;
  stored: StoredContact;
  tracks: Map<RecordingTrack, RecordingStatus>;
}

/**
 * The contact a recording operation acts on, or the error Connect answers: "Voice and screen
 * recordings are supported", so another channel, an ended contact or an InitialContactId of another
 * chain is an InvalidRequestException.
 */
export function recordingTarget(store: ContactStore, rawBody: unknown): Validated<RecordingTarget> {
  const read = readIdentifiedBody(bodySchema, rawBody, (b) => b.ContactId);
  if (!read.ok) return read;
  const { input: body, ids } = read.value;
  if (body.InitialContactId == null) return { ok: false, error: memberMissing('initialContactId') };
  const bad =
    initialContactIdCheck(body.InitialContactId, 'initialContactId') ??
    recordingTypeCheck(body.ContactRecordingType, 'contactRecordingType');
  if (bad) return { ok: false, error: bad };
  const stored = findContact(store, ids.instanceId, ids.contactId);
  if (isServiceError(stored)) return { ok: false, error: stored };
  const refuse = (message: string): Validated<RecordingTarget> => ({
    ok: false,
    error: serviceError('InvalidRequestException', message),
  });
  if (stored.contact.InitialContactId !== body.InitialContactId)
    return refuse('InitialContactId is not the initial contact of this contact.');
  if (stored.contact.Channel !== 'VOICE') return refuse('Only VOICE contacts are recorded (voice and screen).');
  if (stored.state === 'ended') return refuse('The contact has ended.');
  return { ok: true, value: { body, stored, tracks: store.supervision.recording(ids.instanceId, ids.contactId) } };
}

/** The tracks a request names: its ContactRecordingType, or every one when absent. */
export const namedTracks = (body: RecordingBody): readonly RecordingTrack[] =>
  body.ContactRecordingType == null
    ? RECORDING_TRACKS
    : RECORDING_TRACKS.filter((track) => track === body.ContactRecordingType);

/**
 * Moves the named tracks that are in `from` to `to`. A named type not in `from`, or no track at all
 * in `from` when none is named, is the InvalidRequestException Connect answers.
 */
export function moveTracks(
  target: RecordingTarget,
  from: readonly RecordingStatus[],
  to: RecordingStatus,
  refusal: string,
): OperationResult | undefined {
  const named = namedTracks(target.body);
  const movable = named.filter((track) => from.some((status) => status === target.tracks.get(track)));
  if (movable.length === 0 || (target.body.ContactRecordingType != null && movable.length !== named.length))
    return fail(serviceError('InvalidRequestException', refusal));
  for (const track of movable) target.tracks.set(track, to);
  return undefined;
}
