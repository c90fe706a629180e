import { ReferenceType } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { connectString } from '../../validation/strings.ts';

/** UpdateContact's documented limits, in Unicode code points (the ids': CONTACT_KEY_LIMITS). */
export const UPDATE_CONTACT_LIMITS = {
  name: { min: 0, max: 512 },
  description: { min: 0, max: 4096 },
  referenceKey: { min: 1, max: 4096 },
  referenceValue: { min: 0, max: 4096 },
} as const;

const L = UPDATE_CONTACT_LIMITS;

const referenceSchema = z.object({
  key: connectString(L.referenceKey.min, L.referenceKey.max),
  type: z.enum(Object.values(ReferenceType)),
  value: connectString(L.referenceValue.min, L.referenceValue.max),
});

const referencesSchema = z.array(referenceSchema).superRefine(
  uniqueKeys(
    (reference) => reference.key,
    (index) => [index, 'key'],
    (first) => `duplicates the key of references[${first}]; reference keys must be unique`,
  ),
);

/**
 * UpdateContact's documented constraints on the whole input at once, so that every violation is
 * reported together (one issue per violated constraint, with its path inside the input).
 */
export const updateContactConstraints = contactKeySchema.extend({
  name: connectString(L.name.min, L.name.max).nullish(),
  description: connectString(L.description.min, L.description.max).nullish(),
  references: referencesSchema.nullish(),
});
