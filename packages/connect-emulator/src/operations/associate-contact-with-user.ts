import { z } from 'zod';
import { serviceError } from '../errors.ts';
import { findContact, isServiceError, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { deserialize, memberMissing } from './validation.ts';

const userIdCheck = modelString('AssociateContactWithUser', 'UserId');
const bodySchema = z.looseObject({ UserId: text });

/**
 * AssociateContactWithUser (`POST /contacts/{InstanceId}/{ContactId}/associate-user`): a queued
 * contact of another channel than VOICE is routed to the user, whom DescribeContact then shows as
 * its agent. A voice contact or a contact not in a queue is an InvalidRequestException.
 */
export const handleAssociateContactWithUser: OperationHandler<'InstanceId' | 'ContactId'> = (
  { labels, body },
  { store, now },
) => {
  const read = deserialize(bodySchema, body);
  if (!read.ok) return read;
  const found = findContact(store, labels.InstanceId, labels.ContactId);
  if (isServiceError(found)) return fail(found);
  const userId = read.value.UserId;
  if (userId == null) return fail(memberMissing('userId'));
  const bad = userIdCheck(userId, 'userId');
  if (bad) return fail(bad);
  if (found.contact.Channel === 'VOICE')
    return fail(serviceError('InvalidRequestException', 'VOICE contacts cannot be associated with a user.'));
  if (found.state !== 'queued')
    return fail(serviceError('InvalidRequestException', 'Only a queued contact can be associated with a user.'));
  found.contact.AgentInfo = { ...found.contact.AgentInfo, Id: userId };
  found.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
