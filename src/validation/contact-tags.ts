import { modelLength, modelPattern } from './model-constraints.ts';
import { connectString } from './strings.ts';

/** TagContact's and UntagContact's limits from Connect's model (code points; tags or keys per call). */
export const CONTACT_TAG_LIMITS = {
  key: modelLength('TagContact', 'Tags.key'),
  value: modelLength('TagContact', 'Tags.value'),
  perCall: modelLength('TagContact', 'Tags'),
} as const;

/**
 * ContactTagKey's pattern exactly as Connect's service model writes it,
 * `^(?!aws:)[a-zA-Z+-=._:/]+$`. Inside the class `+-=` is a range (U+002B to U+003D), so besides
 * letters and `. _ : /` it admits `+ , - . /`, the digits and `: ; < =`, and refuses `*` and `>`.
 */
const CONTACT_TAG_KEY_PATTERN = modelPattern('TagContact', 'Tags.key') ?? /^/;

/** The characters the pattern admits, for messages and descriptions. */
export const CONTACT_TAG_KEY_CHARACTERS = 'letters a-z and A-Z, digits and + , - . / : ; < = _';

const K = CONTACT_TAG_LIMITS.key;

/** A tag key as TagContact and UntagContact accept it: 1 to 128 code points matching the pattern. */
export const contactTagKey = connectString(K.min, K.max).superRefine((key, ctx) => {
  // An empty key already broke the length; the pattern would only say it again.
  if (key.length === 0 || CONTACT_TAG_KEY_PATTERN.test(key)) return;
  const message = key.startsWith('aws:')
    ? 'must not start with "aws:", which is reserved for the tags Connect adds'
    : `may contain only ${CONTACT_TAG_KEY_CHARACTERS}`;
  ctx.addIssue({ code: 'custom', message: `${message} (pattern ${CONTACT_TAG_KEY_PATTERN.source})` });
});
