import type { Endpoint, Reference, SegmentAttributeValue } from '@aws-sdk/client-connect';
import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import type { ContactPatch } from '../state/contacts.ts';
import { keyMap, keyMapOf } from '../state/key-map.ts';
import { externalAudioViolation } from '../state/rules.ts';
import { findContact, isServiceError, validateContactLabels } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { deserialize, firstEntryViolation, invalidParameter } from './validation.ts';

// UpdateContact's constraints, each from the model.
const check = (path: string) => modelString('UpdateContact', path);
const nameCheck = check('Name');
const descriptionCheck = check('Description');
const reference = {
  key: check('References.key'),
  type: check('References.value.Type'),
  value: check('References.value.Value'),
  status: check('References.value.Status'),
  arn: check('References.value.Arn'),
  statusReason: check('References.value.StatusReason'),
};
const segmentAttribute = {
  key: check('SegmentAttributes.key'),
  valueString: check('SegmentAttributes.value.ValueString'),
  valueArn: check('SegmentAttributes.value.ValueArn'),
};
const endpointCheck = { type: check('CustomerEndpoint.Type'), address: check('CustomerEndpoint.Address') };

// Of the system (connect:*) segment attributes only the expiry is updatable.
const UPDATABLE_SYSTEM_ATTRIBUTES = new Set(['connect:ContactExpiry']);

// The JSON types of UpdateContact's body members (InstanceId and ContactId are path labels).
const text = z.string().nullish();
const endpoint = z.looseObject({ Type: text, Address: text });
/** UpdateContact's body; StartTaskContact reads References and SegmentAttributes with the same member schemas. */
export const bodySchema = z.looseObject({
  Name: text,
  Description: text,
  References: keyMapOf(
    z.looseObject({ Type: text, Value: text, Status: text, Arn: text, StatusReason: text }),
  ).nullish(),
  SegmentAttributes: keyMapOf(
    // Nested ValueMap/ValueList are stored as sent.
    z.looseObject({
      ValueString: text,
      ValueArn: text,
      ValueInteger: z.number().refine(Number.isInteger, 'Expected an integer').nullish(),
    }),
  ).nullish(),
  QueueInfo: z.looseObject({ Id: text }).nullish(),
  UserInfo: z.looseObject({ UserId: text }).nullish(),
  CustomerEndpoint: endpoint.nullish(),
  SystemEndpoint: endpoint.nullish(),
});
type UpdateContactBody = z.output<typeof bodySchema>;
export type WireReference = NonNullable<UpdateContactBody['References']>[string];
type WireEndpoint = z.output<typeof endpoint>;

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function referenceViolation(key: string, ref: WireReference): EmulatedServiceError | undefined {
  const path = `references.${key}.member.`;
  return (
    reference.key(key, 'references.key') ??
    (!present(ref.Type) ? invalidParameter(`${path}type`, 'Member must not be null') : undefined) ??
    reference.type(ref.Type, `${path}type`) ??
    reference.value(ref.Value, `${path}value`) ??
    reference.status(ref.Status, `${path}status`) ??
    reference.arn(ref.Arn, `${path}arn`) ??
    reference.statusReason(ref.StatusReason, `${path}statusReason`)
  );
}

const { maxUtf8Bytes: REFERENCES_MAX_BYTES } = DOCUMENTED_RULES.referencesTotalBytes;
const utf8 = (text: string | null | undefined) => (text ? Buffer.byteLength(text, 'utf8') : 0);

/**
 * "Up to 4,096 UTF-8 bytes across all references for a contact" (the model's Reference
 * documentation), counted over the request's keys, values, ARNs and status reasons.
 */
export function referencesTotalViolation(
  references: UpdateContactBody['References'],
): EmulatedServiceError | undefined {
  let total = 0;
  for (const [key, ref] of Object.entries(references ?? {}))
    total += utf8(key) + utf8(ref.Value) + utf8(ref.Arn) + utf8(ref.StatusReason);
  return total > REFERENCES_MAX_BYTES
    ? invalidParameter(
        'references',
        `References can have at most ${REFERENCES_MAX_BYTES} UTF-8 bytes in total; got ${total}`,
      )
    : undefined;
}

export function segmentAttributeViolation(
  key: string,
  value: { ValueString?: string | null; ValueArn?: string | null },
): EmulatedServiceError | undefined {
  return (
    segmentAttribute.key(key, 'segmentAttributes.key') ??
    (key.startsWith('connect:') && !UPDATABLE_SYSTEM_ATTRIBUTES.has(key)
      ? invalidParameter(`segmentAttributes.${key}`, 'System segment attribute cannot be updated')
      : undefined) ??
    segmentAttribute.valueString(value.ValueString, `segmentAttributes.${key}.valueString`) ??
    segmentAttribute.valueArn(value.ValueArn, `segmentAttributes.${key}.valueArn`)
  );
}

function endpointViolation(e: WireEndpoint | null | undefined, path: string): EmulatedServiceError | undefined {
  if (!e) return undefined;
  return endpointCheck.type(e.Type, `${path}.type`) ?? endpointCheck.address(e.Address, `${path}.address`);
}

/** The constraints Connect documents for UpdateContact, in code points; the first one broken is answered. */
function constraintViolation(b: UpdateContactBody): EmulatedServiceError | undefined {
  return (
    nameCheck(b.Name, 'name') ??
    descriptionCheck(b.Description, 'description') ??
    firstEntryViolation(b.References, referenceViolation) ??
    referencesTotalViolation(b.References) ??
    firstEntryViolation(b.SegmentAttributes, segmentAttributeViolation) ??
    endpointViolation(b.CustomerEndpoint, 'customerEndpoint') ??
    endpointViolation(b.SystemEndpoint, 'systemEndpoint')
  );
}

export function toReference(ref: WireReference): Reference {
  const out: Reference = { Type: ref.Type as Reference['Type'] };
  if (present(ref.Value)) out.Value = ref.Value;
  if (present(ref.Status)) out.Status = ref.Status as Reference['Status'];
  if (present(ref.Arn)) out.Arn = ref.Arn;
  if (present(ref.StatusReason)) out.StatusReason = ref.StatusReason;
  return out;
}

function toEndpoint(e: WireEndpoint): Endpoint {
  const out: Endpoint = {};
  if (present(e.Type)) out.Type = e.Type as Endpoint['Type'];
  if (present(e.Address)) out.Address = e.Address;
  return out;
}

// What the body changes; empty maps change nothing.
function toPatch(b: UpdateContactBody): ContactPatch {
  const patch: ContactPatch = {};
  if (present(b.Name)) patch.Name = b.Name;
  if (present(b.Description)) patch.Description = b.Description;
  const references = Object.entries(b.References ?? {});
  if (references.length > 0) {
    patch.References = keyMap(Object.fromEntries(references.map(([key, ref]) => [key, toReference(ref)])));
  }
  if (b.SegmentAttributes && Object.keys(b.SegmentAttributes).length > 0) {
    patch.SegmentAttributes = b.SegmentAttributes as Record<string, SegmentAttributeValue>;
  }
  if (present(b.QueueInfo?.Id)) patch.QueueId = b.QueueInfo.Id;
  if (present(b.UserInfo?.UserId)) patch.UserId = b.UserInfo.UserId;
  if (b.CustomerEndpoint) patch.CustomerEndpoint = toEndpoint(b.CustomerEndpoint);
  if (b.SystemEndpoint) patch.SystemEndpoint = toEndpoint(b.SystemEndpoint);
  return patch;
}

/**
 * UpdateContact (`POST /contacts/{InstanceId}/{ContactId}`), validated as Connect does: path
 * labels, then JSON types (SerializationException), then constraints (InvalidParameterException),
 * then "at least one field to update" (InvalidRequestException), then the contact is looked up.
 * Applies the patch and bumps LastUpdateTimestamp; answers `{}`.
 */
export const handleUpdateContact: OperationHandler<'InstanceId' | 'ContactId'> = (request, { store }) => {
  const { InstanceId: instanceId, ContactId: contactId } = request.labels;
  const bad = validateContactLabels(instanceId, contactId);
  if (bad) return fail(bad);
  const input = deserialize(bodySchema, request.body);
  if (!input.ok) return input;
  const violation = constraintViolation(input.value);
  if (violation) return fail(violation);
  const patch = toPatch(input.value);
  if (Object.keys(patch).length === 0) {
    const message = 'At least one field to be updated must be present in the request.';
    return fail(serviceError('InvalidRequestException', message));
  }
  const found = findContact(store, instanceId, contactId);
  if (isServiceError(found)) return fail(found);
  const restricted = externalAudioViolation(patch, found.externalAudio);
  if (restricted) return fail(restricted);
  store.updateContact(instanceId, contactId, patch);
  return { ok: true, body: '{}' };
};
