import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { reschedule } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { readIdentifiedBody, text } from './contact-lookup.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { invalidParameter, memberMissing } from './validation.ts';

const { maxDaysAhead } = DOCUMENTED_RULES.scheduleWindow;

/** "The scheduled time cannot be in the past. It must be within up to 6 days in future." (DOCUMENTED_RULES.scheduleWindow) */
export const MAX_SCHEDULE_AHEAD_MS = maxDaysAhead * 24 * 60 * 60 * 1000;

const bodySchema = z.looseObject({
  InstanceId: text,
  ContactId: text,
  // restJson1 sends a timestamp in a body as epoch seconds (a fraction carries the milliseconds).
  ScheduledTime: z.number().nullish(),
});

/**
 * UpdateContactSchedule (`POST /contact/schedule`): a scheduled TASK gets a new ScheduledTimestamp,
 * from now to 6 days ahead by the emulator's clock, both ends included. A time outside that window
 * breaks the member's documented constraint: InvalidParameterException, before the contact is
 * looked up. LimitExceededException comes only from fault injection.
 */
export const handleUpdateContactSchedule: OperationHandler = (request, { store, now }) => {
  const read = readIdentifiedBody(bodySchema, request.body, (body) => body.ContactId);
  if (!read.ok) return read;
  const { input: b, ids } = read.value;
  if (b.ScheduledTime == null) return fail(memberMissing('scheduledTime'));
  const scheduled = new Date(b.ScheduledTime * 1000);
  const at = now();
  if (scheduled < at) return fail(invalidParameter('scheduledTime', 'The scheduled time cannot be in the past'));
  if (scheduled.getTime() > at.getTime() + MAX_SCHEDULE_AHEAD_MS) {
    return fail(
      invalidParameter('scheduledTime', `The scheduled time must be within ${maxDaysAhead} days in the future`),
    );
  }
  const found = acceptedContact(store, ids, 'UpdateContactSchedule');
  if (!found.ok) return found;

  reschedule(found.value, scheduled, at);
  return EMPTY_OK;
};
