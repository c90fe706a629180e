import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';

/** "The scheduled time cannot be in the past. It must be within up to 6 days in future." (DOCUMENTED_RULES.scheduleWindow) */
export const SCHEDULE_LIMITS = { maxAheadDays: DOCUMENTED_RULES.scheduleWindow.maxDaysAhead } as const;

const MAX_AHEAD_MS = SCHEDULE_LIMITS.maxAheadDays * 24 * 60 * 60 * 1000;

/**
 * The scheduling window, from now to 6 days ahead, both ends included, by the gateway's clock at
 * validation; Connect checks it again by its own clock when the call arrives.
 */
const scheduledTime = z.date().superRefine((time, ctx) => {
  const now = Date.now();
  const problem =
    time.getTime() < now
      ? 'must not be in the past'
      : time.getTime() > now + MAX_AHEAD_MS
        ? `must be at most ${SCHEDULE_LIMITS.maxAheadDays} days ahead`
        : undefined;
  if (problem)
    ctx.addIssue({ code: 'custom', message: `${problem} (the gateway's time: ${new Date(now).toISOString()})` });
});

export const updateContactScheduleConstraints = contactKeySchema.extend({ scheduledTime });
