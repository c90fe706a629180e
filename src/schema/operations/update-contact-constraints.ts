import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { fromModel, modelEnum, modelLength } from '../../validation/model-constraints.ts';
import { utf8ByteLength } from '../../validation/strings.ts';
import { segmentAttributesSchema } from './segment-attributes-constraints.ts';

/**
 * UpdateContact's limits from Connect's model, in Unicode code points (the ids': CONTACT_KEY_LIMITS);
 * the name's is the product's 512 (DOCUMENTED_RULES.updateContactName); the references' UTF-8
 * total is documented (DOCUMENTED_RULES.referencesTotalBytes).
 */
export const UPDATE_CONTACT_LIMITS = {
  name: modelLength('UpdateContact', 'Name'),
  description: modelLength('UpdateContact', 'Description'),
  referenceKey: modelLength('UpdateContact', 'References.key'),
  referenceValue: modelLength('UpdateContact', 'References.value.Value'),
  referenceArn: modelLength('UpdateContact', 'References.value.Arn'),
  referenceStatusReason: modelLength('UpdateContact', 'References.value.StatusReason'),
  referencesTotalBytes: DOCUMENTED_RULES.referencesTotalBytes.maxUtf8Bytes,
} as const;

const L = UPDATE_CONTACT_LIMITS;

const oneOf = (values: readonly string[]) => {
  const allowed = new Set(values);
  return z.string().refine((value) => allowed.has(value), { message: `must be one of ${values.join(', ')}` });
};

const referenceSchema = z.object({
  key: fromModel('UpdateContact', 'References.key'),
  type: oneOf(modelEnum('UpdateContact', 'References.value.Type')),
  value: fromModel('UpdateContact', 'References.value.Value').nullish(),
  status: oneOf(modelEnum('UpdateContact', 'References.value.Status')).nullish(),
  arn: fromModel('UpdateContact', 'References.value.Arn').nullish(),
  statusReason: fromModel('UpdateContact', 'References.value.StatusReason').nullish(),
});

type ReferenceShape = z.output<typeof referenceSchema>;

/** What the 4,096-byte total counts: every key and every string the references carry, in UTF-8 (not Type or Status, enum names). */
function referenceBytes(references: readonly ReferenceShape[]): number {
  return references.reduce(
    (total, { key, value, arn, statusReason }) =>
      total + [key, value, arn, statusReason].reduce((sum, text) => sum + (text ? utf8ByteLength(text) : 0), 0),
    0,
  );
}

/** The References map as a list with unique keys, within the 4,096-byte total (UpdateContact, StartTaskContact). */
export const referencesSchema = z
  .array(referenceSchema)
  .superRefine(
    uniqueKeys(
      (reference) => reference.key,
      (index) => [index, 'key'],
      (first) => `duplicates the key of references[${first}]; reference keys must be unique`,
    ),
  )
  .superRefine((references, ctx) => {
    const total = referenceBytes(references);
    if (total > L.referencesTotalBytes)
      ctx.addIssue({
        code: 'custom',
        message: `keys, values, ARNs and status reasons of all references together must be at most ${L.referencesTotalBytes} bytes of UTF-8; got ${total}`,
      });
  });

/**
 * UpdateContact's documented constraints on the whole input at once, so that every violation is
 * reported together (one issue per violated constraint, with its path inside the input).
 */
export const updateContactConstraints = contactKeySchema.extend({
  name: fromModel('UpdateContact', 'Name').nullish(),
  description: fromModel('UpdateContact', 'Description').nullish(),
  references: referencesSchema.nullish(),
  segmentAttributes: segmentAttributesSchema.nullish(),
});
