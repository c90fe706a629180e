import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { LIMITS } from '../state/contact-state.ts';
import type { TransferTarget } from '../state/transitions.ts';
import { transfer } from '../state/transitions.ts';
import { acceptedContact } from './accepted-contact.ts';
import { readIdentifiedBody, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { requiredViolation } from './validation.ts';

const userIdCheck = modelString('TransferContact', 'UserId');
const contactFlowIdCheck = modelString('TransferContact', 'ContactFlowId');
const clientTokenCheck = modelString('TransferContact', 'ClientToken');
const queueIdCheck = modelString('TransferContact', 'QueueId');

const bodySchema = z.looseObject({
  InstanceId: text,
  ContactId: text,
  QueueId: text,
  UserId: text,
  ContactFlowId: text,
  ClientToken: text,
});
type TransferBody = z.output<typeof bodySchema>;

const constraintViolation = (b: TransferBody): EmulatedServiceError | undefined =>
  queueIdCheck(b.QueueId, 'queueId') ??
  userIdCheck(b.UserId, 'userId') ??
  requiredViolation(b.ContactFlowId, 'contactFlowId') ??
  contactFlowIdCheck(b.ContactFlowId, 'contactFlowId') ??
  clientTokenCheck(b.ClientToken, 'clientToken');

// "Do not use both QueueId and UserId in the same call"; one of them says where the contact goes.
function target(b: TransferBody): TransferTarget | EmulatedServiceError {
  if (b.QueueId != null && b.UserId != null)
    return serviceError('InvalidRequestException', 'Provide QueueId or UserId, not both.');
  if (b.QueueId != null) return { queueId: b.QueueId };
  if (b.UserId != null) return { userId: b.UserId };
  return serviceError('InvalidRequestException', 'Provide QueueId or UserId.');
}

// What a client token stands for: the same token with another request is an IdempotencyException.
const fingerprint = (b: TransferBody): string =>
  JSON.stringify([b.InstanceId, b.ContactId, b.QueueId ?? null, b.UserId ?? null, b.ContactFlowId]);

/**
 * TransferContact (`POST /contact/transfer`): an active TASK or EMAIL contact goes to a queue or an
 * agent as a new segment of its chain; answers the new ContactId and ContactArn. The 12th transfer
 * of a chain is ServiceQuotaExceededException (402). A ClientToken seen before answers the first
 * answer again (even though that contact has since ended), or IdempotencyException (409) when the
 * request differs.
 */
export const handleTransferContact: OperationHandler = (request, { store, now }) => {
  const read = readIdentifiedBody(bodySchema, request.body, (body) => body.ContactId);
  if (!read.ok) return read;
  const { input: b, ids } = read.value;
  const violation = constraintViolation(b);
  if (violation) return fail(violation);
  const to = target(b);
  if ('name' in to) return fail(to);

  const token = b.ClientToken ?? undefined;
  const seen = token === undefined ? undefined : store.transferTokens.get(token);
  if (seen) {
    if (seen.fingerprint === fingerprint(b)) return { ok: true, body: seen.body };
    return fail(serviceError('IdempotencyException', 'The ClientToken was already used for a different request.'));
  }
  const found = acceptedContact(store, ids, 'TransferContact');
  if (!found.ok) return found;
  const transfers = store.chain(found.value.instanceId, found.value.contact.InitialContactId).length - 1;
  if (transfers >= LIMITS.transfersPerChain) {
    const message = `A contact cannot be transferred more than ${LIMITS.transfersPerChain} times.`;
    return fail(serviceError('ServiceQuotaExceededException', message));
  }

  const next = transfer(store, found.value, to, now());
  const body = JSON.stringify({ ContactId: next.contact.Id, ContactArn: next.contact.Arn });
  if (token !== undefined) store.transferTokens.set(token, { fingerprint: fingerprint(b), body });
  return { ok: true, body };
};
