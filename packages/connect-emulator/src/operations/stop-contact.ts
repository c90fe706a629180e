import { z } from 'zod';
import { end } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { bodyIds, text } from './contact-lookup.ts';
import { EMPTY_OK } from './operation.ts';
import type { OperationHandler } from './operation.ts';
import { deserialize } from './validation.ts';

const bodySchema = z.looseObject({
  ContactId: text,
  InstanceId: text,
  DisconnectReason: z.looseObject({ Code: text }).nullish(),
});

/**
 * StopContact (`POST /contact/stop`): ends the contact (DisconnectTimestamp now). DisconnectReason
 * is the Code sent, else `API` (the contact record's reason for a contact ended by this call).
 * An ended VOICE contact is ContactNotFoundException (410), another ended one
 * InvalidRequestException; VOICE contacts initiated by DISCONNECT, TRANSFER, QUEUE_TRANSFER,
 * EXTERNAL_OUTBOUND or MONITOR cannot be stopped (InvalidRequestException).
 */
export const handleStopContact: OperationHandler = (request, { store, now }) => {
  const input = deserialize(bodySchema, request.body);
  if (!input.ok) return input;
  const ids = bodyIds(input.value.InstanceId, input.value.ContactId);
  if (!ids.ok) return ids;
  const found = acceptedContact(store, ids.value, 'StopContact');
  if (!found.ok) return found;
  end(found.value, now(), input.value.DisconnectReason?.Code ?? 'API');
  return EMPTY_OK;
};
