import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';

/** "The scheduled time cannot be in the past. It must be within up to 6 days in future." (DOCUMENTED_RULES.scheduleWindow) */
export const SCHEDULE_LIMITS = { maxAheadDays: DOCUMENTED_RULES.scheduleWindow.maxDaysAhead } as const;

/**
 * A scheduling window, from now to `maxAheadDays` ahead, both ends included, by the gateway's
 * clock at validation; Connect checks it again by its own clock when the call arrives.
 */
export function scheduleWindow(maxAheadDays: number) {
  const maxAheadMs = maxAheadDays * 24 * 60 * 60 * 1000;
  return z.date().superRefine((time, ctx) => {
    const now = Date.now();
    const problem =
      time.getTime() < now
        ? 'must not be in the past'
        : time.getTime() > now + maxAheadMs
          ? `must be at most ${maxAheadDays} days ahead`
          : undefined;
    if (problem)
      ctx.addIssue({ code: 'custom', message: `${problem} (the gateway's time: ${new Date(now).toISOString()})` });
  });
}

export const updateContactScheduleConstraints = contactKeySchema.extend({
  scheduledTime: scheduleWindow(SCHEDULE_LIMITS.maxAheadDays),
});
