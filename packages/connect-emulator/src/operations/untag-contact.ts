import type { EmulatedServiceError } from '../errors.ts';
import { keyMap } from '../state/key-map.ts';
import { findContact, isServiceError, validateContactLabels } from './contact-lookup.ts';
import { modelSize } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { EMPTY_OK, fail } from './operation.ts';
import { tagKeyViolation } from './tag-keys.ts';
import { memberMissing } from './validation.ts';

const keysSize = modelSize('UntagContact', 'TagKeys');

const tagKeysViolation = (keys: readonly string[]): EmulatedServiceError | undefined =>
  (keys.length === 0 ? memberMissing('tagKeys') : undefined) ??
  keysSize(keys.length, 'tagKeys') ??
  keys.map((key, i) => tagKeyViolation(key, `tagKeys.${i + 1}.member`)).find(Boolean);

/**
 * UntagContact (`DELETE /contact/tags/{InstanceId}/{ContactId}?TagKeys=k1&TagKeys=k2`): removes
 * the user tags named; keys the contact does not have are ignored. `aws:` keys fail the pattern.
 */
export const handleUntagContact: OperationHandler<'InstanceId' | 'ContactId'> = ({ labels, query }, { store }) => {
  const keys = query.getAll('TagKeys');
  const bad = validateContactLabels(labels.InstanceId, labels.ContactId) ?? tagKeysViolation(keys);
  if (bad) return fail(bad);
  const found = findContact(store, labels.InstanceId, labels.ContactId);
  if (isServiceError(found)) return fail(found);

  const tags = keyMap(found.contact.Tags);
  for (const key of keys) delete tags[key];
  found.contact.Tags = Object.keys(tags).length > 0 ? tags : undefined;
  return EMPTY_OK;
};
