import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { serviceError } from '../errors.ts';
import { findContact, isServiceError, readIdentifiedBody, text } from './contact-lookup.ts';
import { modelSize, modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { deserialize, memberMissing } from './validation.ts';

const userIdCheck = modelString('MonitorContact', 'UserId');
const clientTokenCheck = modelString('MonitorContact', 'ClientToken');
const capabilityCheck = modelString('MonitorContact', 'AllowedMonitorCapabilities.member');
const capabilitiesSize = modelSize('MonitorContact', 'AllowedMonitorCapabilities');

const bodySchema = z.looseObject({ InstanceId: text, ContactId: text, UserId: text, ClientToken: text });
const capabilitiesSchema = z.looseObject({ AllowedMonitorCapabilities: z.array(z.string()).nullish() });

/** The channels a supervisor can monitor. */
const MONITORED_CHANNELS = new Set(['VOICE', 'CHAT']);

/**
 * MonitorContact (`POST /contact/monitor`): the user joins an active voice or chat contact that an
 * agent is connected to, as a new contact of the same channel (InitiationMethod MONITOR, its
 * RelatedContactId the monitored contact); answers its ContactId and ContactArn. A ClientToken seen
 * before answers the first answer again, or IdempotencyException (409) when the request differs.
 */
export const handleMonitorContact: OperationHandler = (request, { store, now }) => {
  const read = readIdentifiedBody(bodySchema, request.body, (b) => b.ContactId);
  if (!read.ok) return read;
  const listed = deserialize(capabilitiesSchema, request.body);
  if (!listed.ok) return listed;
  const { input: b, ids } = read.value;
  const capabilities = listed.value.AllowedMonitorCapabilities ?? undefined;
  if (b.UserId == null) return fail(memberMissing('userId'));
  const bad =
    userIdCheck(b.UserId, 'userId') ??
    (capabilities && capabilitiesSize(capabilities.length, 'allowedMonitorCapabilities')) ??
    capabilities?.map((c, i) => capabilityCheck(c, `allowedMonitorCapabilities.${i + 1}.member`)).find(Boolean) ??
    clientTokenCheck(b.ClientToken, 'clientToken');
  if (bad) return fail(bad);

  const token = b.ClientToken ?? undefined;
  const fingerprint = JSON.stringify([b.InstanceId, b.ContactId, b.UserId, capabilities ?? null]);
  const seen = token === undefined ? undefined : store.supervision.monitorTokens.get(token);
  if (seen) {
    if (seen.fingerprint === fingerprint) return { ok: true, body: seen.body };
    return fail(serviceError('IdempotencyException', 'The ClientToken was already used for a different request.'));
  }
  const found = findContact(store, ids.instanceId, ids.contactId);
  if (isServiceError(found)) return fail(found);
  const channel = found.contact.Channel ?? '';
  if (!MONITORED_CHANNELS.has(channel))
    return fail(serviceError('InvalidRequestException', 'Only VOICE and CHAT contacts can be monitored.'));
  if (found.state !== 'connected' || !found.contact.AgentInfo?.Id)
    return fail(serviceError('InvalidRequestException', 'Only a contact connected to an agent can be monitored.'));

  const at = now();
  const monitoring = store.addContact({
    instanceId: ids.instanceId,
    contactId: randomUUID(),
    contact: {
      Channel: found.contact.Channel,
      InitiationMethod: 'MONITOR',
      RelatedContactId: found.contact.Id,
      AgentInfo: { Id: b.UserId, ConnectedToAgentTimestamp: at },
      InitiationTimestamp: at,
      LastUpdateTimestamp: at,
    },
    state: 'connected',
  });
  const body = JSON.stringify({ ContactId: monitoring.contact.Id, ContactArn: monitoring.contact.Arn });
  if (token !== undefined) store.supervision.monitorTokens.set(token, { fingerprint, body });
  return { ok: true, body };
};
