import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { modelRange } from '../../validation/model-constraints.ts';
import { routingCriteriaConstraints } from './routing-criteria-constraints.ts';

const priority = modelRange('UpdateContactRoutingData', 'QueuePriority');

/** UpdateContactRoutingData's limits from the model: QueuePriority is a long from 1. */
export const ROUTING_DATA_LIMITS = {
  queuePriority: { min: BigInt(priority.min ?? 0), max: BigInt(priority.max ?? 0) },
} as const;

const L = ROUTING_DATA_LIMITS;

/**
 * "Either QueuePriority or QueueTimeAdjustmentSeconds should be provided, but not both" (Connect's
 * documentation); routing criteria may come with either, or alone. UpdateContactRoutingData
 * documents no InvalidRequestException, so a breach is an InvalidParameterError, as Connect answers
 * it: one FieldError on each of the two fields, or one on the input when nothing is given.
 */
export const updateContactRoutingDataConstraints = contactKeySchema
  .extend({
    queuePriority: z
      .bigint()
      .min(L.queuePriority.min, `must be ${L.queuePriority.min} to ${L.queuePriority.max}`)
      .max(L.queuePriority.max, `must be ${L.queuePriority.min} to ${L.queuePriority.max}`)
      .nullish(),
    queueTimeAdjustmentSeconds: z.number().int().nullish(),
    routingCriteria: routingCriteriaConstraints.nullish(),
  })
  .superRefine((input, ctx) => {
    const priority = input.queuePriority != null;
    const adjustment = input.queueTimeAdjustmentSeconds != null;
    if (priority && adjustment)
      for (const field of ['queuePriority', 'queueTimeAdjustmentSeconds'])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'give queuePriority or queueTimeAdjustmentSeconds, not both',
        });
    else if (!priority && !adjustment && input.routingCriteria == null)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give queuePriority or queueTimeAdjustmentSeconds, and/or routingCriteria: nothing to change',
      });
  });
