import { ReferenceType } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { contactKeySchema } from './contact-key.ts';
import { UPDATE_CONTACT_LIMITS as L } from './limits.ts';
import { connectString } from './strings.ts';

const referenceSchema = z.object({
  key: connectString(L.referenceKey.min, L.referenceKey.max),
  type: z.enum(Object.values(ReferenceType)),
  value: connectString(L.referenceValue.min, L.referenceValue.max),
});

const referencesSchema = z.array(referenceSchema).superRefine((references, ctx) => {
  const firstIndex = new Map<string, number>();
  references.forEach((reference, index) => {
    const first = firstIndex.get(reference.key);
    if (first === undefined) firstIndex.set(reference.key, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [index, 'key'],
        message: `duplicates the key of references[${first}]; reference keys must be unique`,
      });
  });
});

/**
 * UpdateContact's documented constraints on the whole input at once, so that every violation is
 * reported together (one issue per violated constraint, with its path inside the input).
 */
export const updateContactInputSchema = contactKeySchema.extend({
  name: connectString(L.name.min, L.name.max).nullish(),
  description: connectString(L.description.min, L.description.max).nullish(),
  references: referencesSchema.nullish(),
});
