import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import type { ContactPatch } from './contacts.ts';

/** Connect lets UpdateContact change queue, user and endpoints only on external audio contacts. */
export function externalAudioViolation(patch: ContactPatch, externalAudio: boolean): EmulatedServiceError | undefined {
  if (externalAudio) return undefined;
  const fields = [
    patch.QueueId !== undefined && 'QueueInfo',
    patch.UserId !== undefined && 'UserInfo',
    patch.CustomerEndpoint && 'CustomerEndpoint',
    patch.SystemEndpoint && 'SystemEndpoint',
  ].filter(Boolean);
  if (fields.length === 0) return undefined;
  return serviceError(
    'InvalidRequestException',
    `${fields.join(', ')} can only be updated for external audio contacts.`,
  );
}
