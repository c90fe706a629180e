import { connectString } from './strings.ts';

/** TagContact's and UntagContact's documented limits (code points; tags or keys per call). */
export const CONTACT_TAG_LIMITS = {
  key: { min: 1, max: 128 },
  value: { min: 0, max: 256 },
  perCall: { min: 1, max: 6 },
} as const;

/**
 * ContactTagKey's pattern exactly as Connect's service model writes it. Inside the class `+-=` is
 * a range (U+002B to U+003D), so besides letters and `. _ : /` it admits `+ , - . /`, the digits
 * and `: ; < =`, and refuses `*` and `>` on either side of it.
 */
const CONTACT_TAG_KEY_PATTERN = /^(?!aws:)[a-zA-Z+-=._:/]+$/;

/**
 * AWS's tagging rules reserve the prefix in any case ("aws:, AWS:, or any upper or lowercase
 * combination of such"); the model's lookahead names the lower-case one only. Refused in every case
 * (docs/contact-operations.md gives the reason).
 */
const RESERVED_PREFIX = /^aws:/i;

/** The characters the pattern admits, for messages and descriptions. */
export const CONTACT_TAG_KEY_CHARACTERS = 'letters a-z and A-Z, digits and + , - . / : ; < = _';

const K = CONTACT_TAG_LIMITS.key;

/** A tag key as TagContact and UntagContact accept it: 1 to 128 code points matching the pattern. */
export const contactTagKey = connectString(K.min, K.max).superRefine((key, ctx) => {
  // An empty key already broke the length; the pattern would only say it again.
  if (key.length === 0 || (CONTACT_TAG_KEY_PATTERN.test(key) && !RESERVED_PREFIX.test(key))) return;
  const message = RESERVED_PREFIX.test(key)
    ? 'must not start with "aws:" in any case, which AWS reserves for its own tags (those Connect adds)'
    : `may contain only ${CONTACT_TAG_KEY_CHARACTERS}`;
  ctx.addIssue({ code: 'custom', message: `${message} (pattern ${CONTACT_TAG_KEY_PATTERN.source})` });
});
