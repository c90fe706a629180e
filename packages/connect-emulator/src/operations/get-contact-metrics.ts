import { z } from 'zod';
import { serviceError } from '../errors.ts';
import type { StoredContact } from '../state/types.ts';
import { findContact, isServiceError, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { deserialize, invalidParameter, memberMissing } from './validation.ts';

const instanceIdCheck = modelString('GetContactMetrics', 'InstanceId');
const contactIdCheck = modelString('GetContactMetrics', 'ContactId');
const metricNameCheck = modelString('GetContactMetrics', 'Metrics.member.Name');

const bodySchema = z.looseObject({
  InstanceId: text,
  ContactId: text,
  Metrics: z.array(z.looseObject({ Name: text })).nullish(),
});

/** The emulator's estimate: a minute per contact ahead in the queue, and this one's own minute. */
const SECONDS_PER_PLACE = 60;

const enqueuedAt = (c: StoredContact) => c.contact.QueueInfo?.EnqueueTimestamp?.getTime() ?? 0;

/** 1 for the first contact of its queue: by QueuePriority (lower first), then by time enqueued. */
function positionInQueue(stored: StoredContact, queued: readonly StoredContact[]): number {
  const priority = (c: StoredContact) => c.queuePriority ?? 5n;
  const ahead = queued.filter(
    (other) =>
      other !== stored &&
      other.contact.QueueInfo?.Id === stored.contact.QueueInfo?.Id &&
      (priority(other) < priority(stored) ||
        (priority(other) === priority(stored) && enqueuedAt(other) < enqueuedAt(stored))),
  );
  return ahead.length + 1;
}

/**
 * GetContactMetrics (`POST /metrics/contact`): POSITION_IN_QUEUE and ESTIMATED_WAIT_TIME (seconds)
 * of a queued contact. A contact not in a queue is an InvalidRequestException.
 */
export const handleGetContactMetrics: OperationHandler = (request, { store }) => {
  const read = deserialize(bodySchema, request.body);
  if (!read.ok) return read;
  const { InstanceId, ContactId, Metrics } = read.value;
  if (InstanceId == null) return fail(memberMissing('instanceId'));
  if (ContactId == null) return fail(memberMissing('contactId'));
  if (Metrics == null) return fail(memberMissing('metrics'));
  const bad =
    instanceIdCheck(InstanceId, 'instanceId') ??
    contactIdCheck(ContactId, 'contactId') ??
    (Metrics.length === 0
      ? invalidParameter('metrics', 'Member must have length greater than or equal to 1')
      : undefined) ??
    Metrics.map((m, i) =>
      m.Name == null
        ? memberMissing(`metrics.${i + 1}.member.name`)
        : metricNameCheck(m.Name, `metrics.${i + 1}.member.name`),
    ).find(Boolean);
  if (bad) return fail(bad);
  const found = findContact(store, InstanceId, ContactId);
  if (isServiceError(found)) return fail(found);
  if (found.state !== 'queued') return fail(serviceError('InvalidRequestException', 'The contact is not in a queue.'));
  const position = positionInQueue(
    found,
    store.listContacts(InstanceId).filter((c) => c.state === 'queued'),
  );
  const value = (name: string | null | undefined) =>
    name === 'POSITION_IN_QUEUE' ? position : position * SECONDS_PER_PLACE;
  const MetricResults = Metrics.map((m) => ({ Name: m.Name, Value: { Number: value(m.Name) } }));
  return { ok: true, body: JSON.stringify({ MetricResults, Id: found.contact.Id, Arn: found.contact.Arn }) };
};
