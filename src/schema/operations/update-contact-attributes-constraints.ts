import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { uniqueKeys } from '../../validation/lists.ts';
import { connectString, utf8ByteLength } from '../../validation/strings.ts';

/** UpdateContactAttributes' documented limits: code points for each key and value, UTF-8 bytes for the total. */
export const UPDATE_CONTACT_ATTRIBUTES_LIMITS = {
  key: { min: 1, max: 32767 },
  value: { min: 0, max: 32767 },
  totalBytes: 32768,
} as const;

const L = UPDATE_CONTACT_ATTRIBUTES_LIMITS;

// "Attribute keys can include only alphanumeric, dash, and underscore characters" (the API
// reference; the model itself sets no pattern). ASCII, as the sentence reads.
const ATTRIBUTE_KEY_PATTERN = /^[A-Za-z0-9_-]+$/;

const attributeKey = connectString(L.key.min, L.key.max).superRefine((key, ctx) => {
  // An empty key already broke the length; the pattern would only say it again.
  if (key.length > 0 && !ATTRIBUTE_KEY_PATTERN.test(key))
    ctx.addIssue({ code: 'custom', message: 'may contain only ASCII letters, digits, "-" and "_"' });
});

/** What Connect's 32,768-byte limit counts: every key and every value, in UTF-8. */
function attributeBytes(attributes: readonly { key: string; value: string }[]): number {
  return attributes.reduce((total, { key, value }) => total + utf8ByteLength(key) + utf8ByteLength(value), 0);
}

const attributesSchema = z
  .array(z.object({ key: attributeKey, value: connectString(L.value.min, L.value.max) }))
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
