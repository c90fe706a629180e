import type { Contact, SegmentAttributeValue } from '@aws-sdk/client-connect';
import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { ATTRIBUTE_LIMITS, attributeBytes } from '../state/chain-attributes.ts';
import { keyMap, keyMapOf } from '../state/key-map.ts';
import type { StoredContact } from '../state/types.ts';
import { text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import {
  referencesTotalViolation,
  referenceViolation,
  segmentAttributeViolation,
  toReference,
  bodySchema as updateContactBody,
} from './update-contact.ts';
import { attributeViolation } from './update-contact-attributes.ts';
import { firstEntryViolation, invalidParameter, memberMissing } from './validation.ts';

const check = (path: string) => modelString('StartTaskContact', path);
const checks = {
  instanceId: check('InstanceId'),
  name: check('Name'),
  description: check('Description'),
  contactFlowId: check('ContactFlowId'),
  taskTemplateId: check('TaskTemplateId'),
  quickConnectId: check('QuickConnectId'),
  previousContactId: check('PreviousContactId'),
  relatedContactId: check('RelatedContactId'),
  clientToken: check('ClientToken'),
};

const { maxDaysAhead } = DOCUMENTED_RULES.taskScheduleWindow;
const MAX_AHEAD_MS = maxDaysAhead * 24 * 60 * 60 * 1000;
/** "There can be a maximum of 12 linked task contacts in a chain" sharing one PreviousContactId. */
const TASKS_PER_PREVIOUS_CONTACT = 12;

const bodySchema = z.looseObject({
  InstanceId: text,
  Name: text,
  Description: text,
  References: updateContactBody.shape.References,
  SegmentAttributes: updateContactBody.shape.SegmentAttributes,
  Attributes: keyMapOf(z.string().nullable()).nullish(),
  ContactFlowId: text,
  TaskTemplateId: text,
  QuickConnectId: text,
  PreviousContactId: text,
  RelatedContactId: text,
  ClientToken: text,
  // restJson1 sends a timestamp in a body as epoch seconds (a fraction carries the milliseconds).
  ScheduledTime: z.number().nullish(),
});
type StartTaskBody = z.output<typeof bodySchema>;

function attributesTotalViolation(attributes: StartTaskBody['Attributes']): EmulatedServiceError | undefined {
  const total = attributeBytes((attributes ?? {}) as Record<string, string>);
  return total > ATTRIBUTE_LIMITS.totalBytes
    ? invalidParameter(
        'attributes',
        `Attributes can have at most ${ATTRIBUTE_LIMITS.totalBytes} UTF-8 bytes; got ${total}`,
      )
    : undefined;
}

function scheduleViolation(seconds: number | null | undefined, at: Date): EmulatedServiceError | undefined {
  if (seconds == null) return undefined;
  const time = seconds * 1000;
  if (time < at.getTime()) return invalidParameter('scheduledTime', 'The scheduled time cannot be in the past');
  return time > at.getTime() + MAX_AHEAD_MS
    ? invalidParameter('scheduledTime', `The scheduled time must be within ${maxDaysAhead} days in the future`)
    : undefined;
}

/** The constraints Connect documents, in code points and UTF-8 bytes; the first one broken is answered. */
const constraintViolation = (b: StartTaskBody, at: Date): EmulatedServiceError | undefined =>
  (b.InstanceId == null ? memberMissing('instanceId') : undefined) ??
  checks.instanceId(b.InstanceId, 'instanceId') ??
  (b.Name == null ? memberMissing('name') : undefined) ??
  checks.name(b.Name, 'name') ??
  checks.description(b.Description, 'description') ??
  checks.contactFlowId(b.ContactFlowId, 'contactFlowId') ??
  checks.taskTemplateId(b.TaskTemplateId, 'taskTemplateId') ??
  checks.quickConnectId(b.QuickConnectId, 'quickConnectId') ??
  checks.previousContactId(b.PreviousContactId, 'previousContactId') ??
  checks.relatedContactId(b.RelatedContactId, 'relatedContactId') ??
  checks.clientToken(b.ClientToken, 'clientToken') ??
  firstEntryViolation(b.References, referenceViolation) ??
  referencesTotalViolation(b.References) ??
  firstEntryViolation(b.Attributes, attributeViolation) ??
  attributesTotalViolation(b.Attributes) ??
  firstEntryViolation(b.SegmentAttributes, segmentAttributeViolation) ??
  scheduleViolation(b.ScheduledTime, at);

// "Include only one of these parameters: ContactFlowID, QuickConnectID, or TaskTemplateID."
function flowViolation(b: StartTaskBody): EmulatedServiceError | undefined {
  const given = [b.ContactFlowId, b.QuickConnectId, b.TaskTemplateId].filter((id) => id != null).length;
  if (given === 1) return undefined;
  const message =
    given === 0
      ? 'Provide one of ContactFlowId, QuickConnectId or TaskTemplateId.'
      : 'Provide only one of ContactFlowId, QuickConnectId or TaskTemplateId.';
  return serviceError('InvalidRequestException', message);
}

// What a client token stands for: every member but the token itself.
const fingerprint = ({ ClientToken: _token, ...members }: StartTaskBody): string => JSON.stringify(members);

/**
 * StartTaskContact (`PUT /contact/task`): creates a TASK contact, initiated by API, with its name,
 * description, references, attributes (merged over a related contact's, and shared with the chain
 * of a previous contact) and segment attributes; scheduled when ScheduledTime is given, otherwise
 * active. Answers its ContactId. A ClientToken seen before answers the first contact again, or
 * IdempotencyException (409) when the members differ. The 13th task with one PreviousContactId is
 * ServiceQuotaExceededException (402).
 */
export const handleStartTaskContact: OperationHandler = (request, { store, now }) => {
  const read = bodySchema.safeParse(request.body);
  if (!read.success) {
    const [issue] = read.error.issues;
    return fail(serviceError('SerializationException', `${issue?.message} at '${issue?.path.join('.')}'`));
  }
  const b = read.data;
  const at = now();
  const violation = constraintViolation(b, at) ?? flowViolation(b);
  if (violation) return fail(violation);
  const instanceId = b.InstanceId as string;

  const token = b.ClientToken ?? undefined;
  const seen = token === undefined ? undefined : store.taskTokens.get(token);
  if (seen) {
    if (seen.fingerprint === fingerprint(b)) return { ok: true, body: seen.body };
    return fail(serviceError('IdempotencyException', 'The ClientToken was already used for a different request.'));
  }
  if (!store.hasInstance(instanceId))
    return fail(serviceError('ResourceNotFoundException', `Instance not found: ${instanceId}`));
  const linked = (id: string | null | undefined): StoredContact | null | undefined =>
    id == null ? undefined : (store.getContact(instanceId, id) ?? null);
  const previous = linked(b.PreviousContactId);
  const related = linked(b.RelatedContactId);
  if (previous === null || related === null)
    return fail(serviceError('ResourceNotFoundException', 'The previous or related contact was not found.'));
  if (previous) {
    const continued = store
      .listContacts(instanceId)
      .filter((c) => c.contact.PreviousContactId === previous.contact.Id).length;
    if (continued >= TASKS_PER_PREVIOUS_CONTACT) {
      const message = `At most ${TASKS_PER_PREVIOUS_CONTACT} tasks can share one PreviousContactId.`;
      return fail(serviceError('ServiceQuotaExceededException', message));
    }
  }

  const contact: Contact = {
    Channel: 'TASK',
    InitiationMethod: 'API',
    InitiationTimestamp: at,
    LastUpdateTimestamp: at,
  };
  contact.Name = b.Name as string;
  if (b.Description != null) contact.Description = b.Description;
  if (previous) {
    contact.PreviousContactId = previous.contact.Id;
    // Tasks linked through PreviousContactId share the chain's attributes.
    contact.InitialContactId = previous.contact.InitialContactId;
  }
  if (related) contact.RelatedContactId = related.contact.Id;
  if (b.ScheduledTime != null) contact.ScheduledTimestamp = new Date(b.ScheduledTime * 1000);
  if (b.SegmentAttributes) contact.SegmentAttributes = b.SegmentAttributes as Record<string, SegmentAttributeValue>;
  if (b.TaskTemplateId != null)
    contact.TaskTemplateInfo = {
      Arn: b.TaskTemplateId.startsWith('arn:')
        ? b.TaskTemplateId
        : `arn:aws:connect:${store.region}:${store.accountId}:instance/${instanceId}/task-template/${b.TaskTemplateId}`,
    };
  // A related contact's attributes are copied; the task's own win.
  const copied = related ? store.attributes.get(instanceId, related.contact.InitialContactId) : {};
  const created = store.addContact({
    instanceId,
    contact,
    references: keyMap(
      Object.fromEntries(Object.entries(b.References ?? {}).map(([key, ref]) => [key, toReference(ref)])),
    ),
    attributes: keyMap(copied, (b.Attributes ?? {}) as Record<string, string>),
  });
  const body = JSON.stringify({ ContactId: created.contact.Id });
  if (token !== undefined) store.taskTokens.set(token, { fingerprint: fingerprint(b), body });
  return { ok: true, body };
};
