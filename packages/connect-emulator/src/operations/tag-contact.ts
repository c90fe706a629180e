import { z } from 'zod';
import type { EmulatedServiceError } from '../errors.ts';
import { serviceError } from '../errors.ts';
import { keyMap, keyMapOf } from '../state/key-map.ts';
import { MAX_USER_TAGS_PER_CONTACT, userTagCount } from '../state/tags.ts';
import { findContact, isServiceError, readIdentifiedBody, text } from './contact-lookup.ts';
import { modelSize, modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { tagKeyViolation } from './tag-keys.ts';
import { firstEntryViolation, memberMissing } from './validation.ts';

const tagsSize = modelSize('TagContact', 'Tags');
const valueCheck = modelString('TagContact', 'Tags.value');

const bodySchema = z.looseObject({
  ContactId: text,
  InstanceId: text,
  Tags: keyMapOf(z.string().nullable()).nullish(),
});

const tagViolation = (key: string, value: string | null): EmulatedServiceError | undefined =>
  tagKeyViolation(key, 'tags.key') ??
  (value === null ? memberMissing(`tags.${key}`) : undefined) ??
  valueCheck(value, `tags.${key}`);

/**
 * TagContact (`POST /contact/tags`): adds or replaces user tags. More than 50 user tags on the
 * contact is InvalidRequestException: the tagging guide's per-resource limit, and TagContact
 * documents no ServiceQuotaExceededException, so a client's error union would not know that one.
 */
export const handleTagContact: OperationHandler = (request, { store }) => {
  const read = readIdentifiedBody(bodySchema, request.body, (b) => b.ContactId);
  if (!read.ok) return read;
  const { input: b, ids } = read.value;
  if (!b.Tags) return fail(memberMissing('tags'));
  const violation = tagsSize(Object.keys(b.Tags).length, 'tags') ?? firstEntryViolation(b.Tags, tagViolation);
  if (violation) return fail(violation);
  const found = findContact(store, ids.instanceId, ids.contactId);
  if (isServiceError(found)) return fail(found);

  const tags = keyMap(found.contact.Tags, b.Tags as Record<string, string>); // no null left after the checks
  const count = userTagCount(tags);
  if (count > MAX_USER_TAGS_PER_CONTACT) {
    const message = `A contact can have at most ${MAX_USER_TAGS_PER_CONTACT} tags (aws: tags aside); this would make ${count}.`;
    return fail(serviceError('InvalidRequestException', message));
  }
  found.contact.Tags = tags;
  return EMPTY_OK;
};
