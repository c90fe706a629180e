import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';
import { utf8ByteLength } from '../../validation/strings.ts';

/** UpdateContactAttributes' limits: code points for each key and value (the model), UTF-8 bytes for the total (documented). */
export const UPDATE_CONTACT_ATTRIBUTES_LIMITS = {
  key: modelLength('UpdateContactAttributes', 'Attributes.key'),
  value: modelLength('UpdateContactAttributes', 'Attributes.value'),
  totalBytes: DOCUMENTED_RULES.attributesTotalBytes.maxUtf8Bytes,
} as const;

const L = UPDATE_CONTACT_ATTRIBUTES_LIMITS;

// The model sets no pattern; the API reference's sentence does (DOCUMENTED_RULES.attributeKeyPattern).
const ATTRIBUTE_KEY_PATTERN = new RegExp(DOCUMENTED_RULES.attributeKeyPattern.pattern);

const attributeKey = fromModel('UpdateContactAttributes', 'Attributes.key').superRefine((key, ctx) => {
  // An empty key already broke the length; the pattern would only say it again.
  if (key.length > 0 && !ATTRIBUTE_KEY_PATTERN.test(key))
    ctx.addIssue({ code: 'custom', message: 'may contain only ASCII letters, digits, "-" and "_"' });
});

/** What Connect's 32,768-byte limit counts: every key and every value, in UTF-8. */
function attributeBytes(attributes: readonly { key: string; value: string }[]): number {
  return attributes.reduce((total, { key, value }) => total + utf8ByteLength(key) + utf8ByteLength(value), 0);
}

/** User-defined attributes as a list with unique keys, within the 32,768-byte total (UpdateContactAttributes, StartTaskContact). */
export const attributesSchema = z
  .array(z.object({ key: attributeKey, value: fromModel('UpdateContactAttributes', 'Attributes.value') }))
  .superRefine(
    uniqueKeys(
      (attribute) => attribute.key,
      (index) => [index, 'key'],
      (first) => `duplicates the key of attributes[${first}]; attribute keys must be unique`,
    ),
  )
  .superRefine((attributes, ctx) => {
    const total = attributeBytes(attributes);
    if (total > L.totalBytes)
      ctx.addIssue({
        code: 'custom',
        message: `keys and values together must be at most ${L.totalBytes} bytes of UTF-8; got ${total}`,
      });
  });

/**
 * UpdateContactAttributes' documented constraints on the whole input at once. The ids keep the
 * contact-key rules: `initialContactId` is also the path of the contact read back.
 */
export const updateContactAttributesConstraints = z.object({
  instanceId: contactKeySchema.shape.instanceId,
  initialContactId: contactKeySchema.shape.contactId,
  attributes: attributesSchema,
});
