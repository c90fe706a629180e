import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { fromModel, modelEnum, modelLength } from '../../validation/model-constraints.ts';

/**
 * UpdateContact's limits from Connect's model, in Unicode code points (the ids': CONTACT_KEY_LIMITS);
 * the name's is the product's 512 (DOCUMENTED_RULES.updateContactName).
 */
export const UPDATE_CONTACT_LIMITS = {
  name: modelLength('UpdateContact', 'Name'),
  description: modelLength('UpdateContact', 'Description'),
  referenceKey: modelLength('UpdateContact', 'References.key'),
  referenceValue: modelLength('UpdateContact', 'References.value.Value'),
} as const;

const referenceTypes = new Set(modelEnum('UpdateContact', 'References.value.Type'));

const referenceSchema = z.object({
  key: fromModel('UpdateContact', 'References.key'),
  type: z
    .string()
    .refine((type) => referenceTypes.has(type), { message: `must be one of ${[...referenceTypes].join(', ')}` }),
  value: fromModel('UpdateContact', 'References.value.Value'),
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
  name: fromModel('UpdateContact', 'Name').nullish(),
  description: fromModel('UpdateContact', 'Description').nullish(),
  references: referencesSchema.nullish(),
});
