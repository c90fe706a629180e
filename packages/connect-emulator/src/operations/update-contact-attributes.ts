import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { ATTRIBUTE_LIMITS, attributeBytes } from '../state/chain-attributes.ts';
import { keyMap, keyMapOf } from '../state/key-map.ts';
import { findContact, isServiceError, readIdentifiedBody, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { firstEntryViolation, invalidParameter, memberMissing } from './validation.ts';

// The model has no pattern for the key; the API reference's sentence does (DOCUMENTED_RULES.attributeKeyPattern).
const KEY_RULE = DOCUMENTED_RULES.attributeKeyPattern;
const KEY_CHARACTERS = new RegExp(KEY_RULE.pattern);
const keyCheck = modelString('UpdateContactAttributes', 'Attributes.key');
const valueCheck = modelString('UpdateContactAttributes', 'Attributes.value');

const bodySchema = z.looseObject({
  InitialContactId: text,
  InstanceId: text,
  // A null value is read, then refused as a constraint (the map is not sparse).
  Attributes: keyMapOf(z.string().nullable()).nullish(),
});

export function attributeViolation(key: string, value: string | null): EmulatedServiceError | undefined {
  return (
    keyCheck(key, 'attributes.key') ??
    (KEY_CHARACTERS.test(key) ? undefined : invalidParameter('attributes.key', KEY_RULE.text.replace(/\.$/, ''))) ??
    (value === null ? memberMissing(`attributes.${key}`) : undefined) ??
    valueCheck(value, `attributes.${key}`)
  );
}

/**
 * UpdateContactAttributes (`POST /contact/attributes`): merges into the attributes of the contact's
 * chain. Keys not sent are kept; there is no delete, so `""` keeps the key with an empty value.
 * Any segment's id names its chain. The 32,768-byte total counts the attributes after the merge,
 * so it depends on what is stored: InvalidRequestException, not a parameter constraint.
 */
export const handleUpdateContactAttributes: OperationHandler = (request, { store }) => {
  const read = readIdentifiedBody(bodySchema, request.body, (body) => body.InitialContactId, 'initialContactId');
  if (!read.ok) return read;
  const { input: b, ids } = read.value;
  if (!b.Attributes) return fail(memberMissing('attributes'));
  const violation = firstEntryViolation(b.Attributes, attributeViolation);
  if (violation) return fail(violation);
  const found = findContact(store, ids.instanceId, ids.contactId, 'initialContactId');
  if (isServiceError(found)) return fail(found);

  const chain = found.contact.InitialContactId;
  const sent = b.Attributes as Record<string, string>; // no null left after the checks above
  const total = attributeBytes(keyMap(store.attributes.get(found.instanceId, chain), sent));
  if (total > ATTRIBUTE_LIMITS.totalBytes) {
    const message = `The contact's attributes would total ${total} UTF-8 bytes; at most ${ATTRIBUTE_LIMITS.totalBytes} are allowed.`;
    return fail(serviceError('InvalidRequestException', message));
  }
  store.attributes.merge(found.instanceId, chain, sent);
  return EMPTY_OK;
};
