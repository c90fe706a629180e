import type { RoutingCriteria } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { serviceError } from '../errors.ts';
import { updateRoutingData } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { validateContactLabels } from './contact-lookup.ts';
import { modelRange } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { int32, routingCriteriaSchema, routingCriteriaViolation } from './routing-criteria.ts';
import { deserialize, longMember, rangeViolation } from './validation.ts';

// A long from 1 (the model); a long's own range is the deserializer's (longMember).
const PRIORITY = modelRange('UpdateContactRoutingData', 'QueuePriority');

const bodySchema = z.looseObject({
  QueueTimeAdjustmentSeconds: int32.nullish(),
  // Only its JSON type here: the value is read from the raw body, exactly.
  QueuePriority: z.number().nullish(),
  RoutingCriteria: routingCriteriaSchema.nullish(),
});

/**
 * UpdateContactRoutingData (`POST /contacts/{InstanceId}/{ContactId}/routing-data`), for a contact
 * in a queue. QueuePriority is a long (1..2^63-1) kept exactly; QueueTimeAdjustmentSeconds replaces
 * the stored adjustment; RoutingCriteria is stored as sent. "Either QueuePriority or
 * QueueTimeAdjustmentInSeconds should be provided … but not both": the operation documents no
 * InvalidRequestException, so both (or nothing to change) is InvalidParameterException.
 */
export const handleUpdateContactRoutingData: OperationHandler<'InstanceId' | 'ContactId'> = (
  request,
  { store, now },
) => {
  const { InstanceId: instanceId, ContactId: contactId } = request.labels;
  const bad = validateContactLabels(instanceId, contactId);
  if (bad) return fail(bad);
  const input = deserialize(bodySchema, request.body);
  if (!input.ok) return input;
  const priority = longMember(request.rawBody, 'QueuePriority');
  if (!priority.ok) return priority;
  const b = input.value;
  const violation =
    rangeViolation(priority.value, 'queuePriority', PRIORITY.min, PRIORITY.max) ??
    routingCriteriaViolation(b.RoutingCriteria);
  if (violation) return fail(violation);
  const adjustment = b.QueueTimeAdjustmentSeconds ?? undefined;
  if (priority.value !== undefined && adjustment !== undefined) {
    return fail(
      serviceError(
        'InvalidParameterException',
        'Provide either QueuePriority or QueueTimeAdjustmentSeconds, not both.',
      ),
    );
  }
  if (priority.value === undefined && adjustment === undefined && !b.RoutingCriteria) {
    const message = 'Provide QueuePriority, QueueTimeAdjustmentSeconds or RoutingCriteria.';
    return fail(serviceError('InvalidParameterException', message));
  }
  const found = acceptedContact(store, { instanceId, contactId }, 'UpdateContactRoutingData');
  if (!found.ok) return found;

  // Stored as sent; the input shape is a subset of the Contact's RoutingCriteria.
  const routingCriteria = (b.RoutingCriteria ?? undefined) as RoutingCriteria | undefined;
  updateRoutingData(found.value, { queuePriority: priority.value, adjustment, routingCriteria }, now());
  return EMPTY_OK;
};
