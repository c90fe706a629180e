import { z } from 'zod';
import { serviceError } from '../errors.ts';
import { DISMISSABLE_AGENT_STATES } from '../state/supervision.ts';
import { findContact, isServiceError, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { deserialize, memberMissing } from './validation.ts';

const instanceIdCheck = modelString('DismissUserContact', 'InstanceId');
const contactIdCheck = modelString('DismissUserContact', 'ContactId');
const bodySchema = z.looseObject({ ContactId: text });

/**
 * DismissUserContact (`POST /users/{InstanceId}/{UserId}/contact`): clears a contact from the
 * agent's list once it is MISSED, ERROR, ENDED or REJECTED. A contact of another agent, one still
 * in progress, or one already dismissed is an InvalidRequestException.
 */
export const handleDismissUserContact: OperationHandler<'InstanceId' | 'UserId'> = (
  { labels, body },
  { store, now },
) => {
  const read = deserialize(bodySchema, body);
  if (!read.ok) return read;
  const contactId = read.value.ContactId;
  if (contactId == null) return fail(memberMissing('contactId'));
  const bad = instanceIdCheck(labels.InstanceId, 'instanceId') ?? contactIdCheck(contactId, 'contactId');
  if (bad) return fail(bad);
  const found = findContact(store, labels.InstanceId, contactId);
  if (isServiceError(found)) return fail(found);
  const refuse = (message: string) => fail(serviceError('InvalidRequestException', message));
  if (found.contact.AgentInfo?.Id !== labels.UserId) return refuse('The contact is not one of the user’s contacts.');
  if (store.supervision.isDismissed(labels.InstanceId, contactId)) return refuse('The contact was already dismissed.');
  const agentState = store.supervision.agentState(labels.InstanceId, contactId);
  const dismissable =
    found.state === 'ended' || (agentState !== undefined && DISMISSABLE_AGENT_STATES.includes(agentState));
  if (!dismissable) return refuse('Only a MISSED, ERROR, ENDED or REJECTED contact can be dismissed.');
  store.supervision.dismiss(labels.InstanceId, contactId);
  // The agent's side of the contact changed: DescribeContact's LastUpdateTimestamp shows when.
  found.contact.LastUpdateTimestamp = now();
  return EMPTY_OK;
};
