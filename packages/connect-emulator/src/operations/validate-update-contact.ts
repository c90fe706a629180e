import { EndpointType, ReferenceStatus, ReferenceType } from '@aws-sdk/client-connect';
import type { Endpoint, Reference, SegmentAttributeValue } from '@aws-sdk/client-connect';
import { serviceError } from '../errors.ts';
import type { EmulatedServiceError } from '../errors.ts';
import type { ContactPatch } from '../state/contacts.ts';
import { checkLength, invalid, isObject, nonEmpty, optObject, optString, Rejection, wrongType } from './json-checks.ts';
import type { Json } from './json-checks.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: EmulatedServiceError };

const REFERENCE_TYPES = new Set<string>(Object.values(ReferenceType));
const REFERENCE_STATUSES = new Set<string>(Object.values(ReferenceStatus));
const ENDPOINT_TYPES = new Set<string>(Object.values(EndpointType));
// Of the system (connect:*) segment attributes only the expiry is updatable.
const UPDATABLE_SYSTEM_ATTRIBUTES = new Set(['connect:ContactExpiry']);

function readReferences(raw: Json): Record<string, Reference> {
  const out: Record<string, Reference> = {};
  for (const [key, value] of Object.entries(raw)) {
    const path = `references.${key}.member.`;
    checkLength(key, 'references.key', 1, 4096);
    if (!isObject(value)) return wrongType(`references.${key}`, 'an object');
    const type = optString(value, 'Type', path);
    if (type === undefined) invalid(`${path}type`, 'Member must not be null');
    if (!REFERENCE_TYPES.has(type)) {
      invalid(`${path}type`, `Member must satisfy enum value set: [${[...REFERENCE_TYPES].join(', ')}]`);
    }
    const ref: Reference = { Type: type as Reference['Type'] };
    const refValue = optString(value, 'Value', path);
    checkLength(refValue, `${path}value`, 0, 4096);
    if (refValue !== undefined) ref.Value = refValue;
    const status = optString(value, 'Status', path);
    if (status !== undefined && !REFERENCE_STATUSES.has(status)) {
      invalid(`${path}status`, `Member must satisfy enum value set: [${[...REFERENCE_STATUSES].join(', ')}]`);
    }
    if (status !== undefined) ref.Status = status as Reference['Status'];
    const arn = optString(value, 'Arn', path);
    if (arn !== undefined) ref.Arn = arn;
    const reason = optString(value, 'StatusReason', path);
    if (reason !== undefined) ref.StatusReason = reason;
    out[key] = ref;
  }
  return out;
}

function readSegmentAttributes(raw: Json): Record<string, SegmentAttributeValue> {
  const out: Record<string, SegmentAttributeValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    checkLength(key, 'segmentAttributes.key', 1, 128);
    if (key.startsWith('connect:') && !UPDATABLE_SYSTEM_ATTRIBUTES.has(key)) {
      invalid(`segmentAttributes.${key}`, 'System segment attribute cannot be updated');
    }
    if (!isObject(value)) return wrongType(`segmentAttributes.${key}`, 'an object');
    const s = optString(value, 'ValueString', `segmentAttributes.${key}.`);
    checkLength(s, `segmentAttributes.${key}.valueString`, 1, 1024);
    const int = value['ValueInteger'];
    if (int !== undefined && int !== null && !Number.isInteger(int)) {
      wrongType(`segmentAttributes.${key}.ValueInteger`, 'an integer');
    }
    // Nested ValueMap/ValueList are stored as sent.
    out[key] = value as SegmentAttributeValue;
  }
  return out;
}

function readEndpoint(raw: Json, path: string): Endpoint {
  const type = optString(raw, 'Type', `${path}.`);
  if (type !== undefined && !ENDPOINT_TYPES.has(type)) {
    invalid(`${path}.type`, `Member must satisfy enum value set: [${[...ENDPOINT_TYPES].join(', ')}]`);
  }
  const address = optString(raw, 'Address', `${path}.`);
  checkLength(address, `${path}.address`, 0, 256);
  const out: Endpoint = {};
  if (type !== undefined) out.Type = type as Endpoint['Type'];
  if (address !== undefined) out.Address = address;
  return out;
}

function readPatch(body: unknown): ContactPatch {
  if (!isObject(body)) return wrongType('', 'a JSON object');
  const patch: ContactPatch = {};
  const name = optString(body, 'Name', '');
  checkLength(name, 'name', 0, 512);
  if (name !== undefined) patch.Name = name;
  const description = optString(body, 'Description', '');
  checkLength(description, 'description', 0, 4096);
  if (description !== undefined) patch.Description = description;
  const refs = optObject(body, 'References', '');
  if (refs) {
    const r = nonEmpty(readReferences(refs));
    if (r) patch.References = r;
  }
  const attrs = optObject(body, 'SegmentAttributes', '');
  if (attrs) {
    const a = nonEmpty(readSegmentAttributes(attrs));
    if (a) patch.SegmentAttributes = a;
  }
  const queue = optObject(body, 'QueueInfo', '');
  const queueId = queue && optString(queue, 'Id', 'QueueInfo.');
  if (queueId !== undefined) patch.QueueId = queueId;
  const user = optObject(body, 'UserInfo', '');
  const userId = user && optString(user, 'UserId', 'UserInfo.');
  if (userId !== undefined) patch.UserId = userId;
  const customer = optObject(body, 'CustomerEndpoint', '');
  if (customer) patch.CustomerEndpoint = readEndpoint(customer, 'customerEndpoint');
  const system = optObject(body, 'SystemEndpoint', '');
  if (system) patch.SystemEndpoint = readEndpoint(system, 'systemEndpoint');
  return patch;
}

/**
 * Validates an UpdateContact body as Connect does: JSON types first
 * (SerializationException), then constraints (InvalidParameterException), then
 * "at least one field to update" (InvalidRequestException). Empty maps update nothing.
 */
export function validateUpdateBody(body: unknown): Validated<ContactPatch> {
  let patch: ContactPatch;
  try {
    patch = readPatch(body);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, error: e.error };
    throw e;
  }
  if (Object.keys(patch).length === 0) {
    return {
      ok: false,
      error: serviceError('InvalidRequestException', 'At least one field to be updated must be present in the request.'),
    };
  }
  return { ok: true, value: patch };
}
