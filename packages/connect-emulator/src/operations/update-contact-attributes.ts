import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { ATTRIBUTE_LIMITS, attributeBytes } from '../state/chain-attributes.ts';
import { keyMap, keyMapOf } from '../state/key-map.ts';
import { findContact, isServiceError, readIdentifiedBody, text } from './contact-lookup.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { firstEntryViolation, invalidParameter, lengthViolation, memberMissing } from './validation.ts';

// "Attribute keys can include only alphanumeric, dash, and underscore characters" (the API
// reference; the model has no pattern for it). ASCII letters and digits, as the sentence reads.
const KEY_CHARACTERS = /^[A-Za-z0-9_-]+$/;

const bodySchema = z.looseObject({
  InitialContactId: text,
  InstanceId: text,
  // A null value is read, then refused as a constraint (the map is not sparse).
  Attributes: keyMapOf(z.string().nullable()).nullish(),
});

function attributeViolation(key: string, value: string | null): EmulatedServiceError | undefined {
  return (
    lengthViolation(key, 'attributes.key', 1, ATTRIBUTE_LIMITS.keyMax) ??
    (KEY_CHARACTERS.test(key)
      ? undefined
      : invalidParameter(
          'attributes.key',
          'Attribute keys can include only alphanumeric, dash, and underscore characters',
        )) ??
    (value === null ? memberMissing(`attributes.${key}`) : undefined) ??
    lengthViolation(value, `attributes.${key}`, 0, ATTRIBUTE_LIMITS.valueMax)
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
