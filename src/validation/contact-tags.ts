import { fromModel, modelLength } from './model-constraints.ts';

/** TagContact's and UntagContact's limits from Connect's model (code points; tags per call), for descriptions. */
export const CONTACT_TAG_LIMITS = {
  key: modelLength('TagContact', 'Tags.key'),
  value: modelLength('TagContact', 'Tags.value'),
  perCall: modelLength('TagContact', 'Tags'),
} as const;

/** The characters ContactTagKey's pattern admits, for messages and descriptions. */
export const CONTACT_TAG_KEY_CHARACTERS = 'letters a-z and A-Z, digits and + , - . / : ; < = _';

/**
 * AWS's tagging rules reserve the prefix in any case ("aws:, AWS:, or any upper or lowercase
 * combination of such"); the model's lookahead names the lower-case one only. Refused in every case
 * (docs/contact-operations.md gives the reason).
 */
const RESERVED_PREFIX = /^aws:/i;
const RESERVED_MESSAGE =
  'must not start with "aws:" in any case, which AWS reserves for its own tags (those Connect adds)';

/**
 * A tag key as TagContact and UntagContact accept it: 1 to 128 code points matching the model's
 * pattern `^(?!aws:)[a-zA-Z+-=._:/]+$`, and not starting "aws:" in any case. Inside the class `+-=`
 * is a range (U+002B to U+003D), so besides letters and `. _ : /` it admits `+ , - . /`, the digits
 * and `: ; < =`, and refuses `*` and `>`.
 */
export const contactTagKey = fromModel('TagContact', 'Tags.key', (key, pattern) => {
  const message = RESERVED_PREFIX.test(key) ? RESERVED_MESSAGE : `may contain only ${CONTACT_TAG_KEY_CHARACTERS}`;
  return `${message} (pattern ${pattern.source})`;
}).refine((key) => !RESERVED_PREFIX.test(key) || key.startsWith('aws:'), {
  // `aws:` itself already broke the model's pattern above.
  message: `${RESERVED_MESSAGE} (pattern ^(?!aws:)[a-zA-Z+-=._:/]+$)`,
});
