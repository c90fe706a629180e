import { z } from 'zod';
import { end } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { readIdentifiedBody, text } from './contact-lookup.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK } from './operation.ts';

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
  const read = readIdentifiedBody(bodySchema, request.body, (b) => b.ContactId);
  if (!read.ok) return read;
  const found = acceptedContact(store, read.value.ids, 'StopContact');
  if (!found.ok) return found;
  end(found.value, now(), read.value.input.DisconnectReason?.Code ?? 'API');
  return EMPTY_OK;
};
