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
 * A tag key as TagContact and UntagContact accept it: 1 to 128 code points matching the model's
 * pattern `^(?!aws:)[a-zA-Z+-=._:/]+$`. Inside the class `+-=` is a range (U+002B to U+003D), so
 * besides letters and `. _ : /` it admits `+ , - . /`, the digits and `: ; < =`, and refuses `*` and `>`.
 */
export const contactTagKey = fromModel('TagContact', 'Tags.key', (key, pattern) => {
  const message = key.startsWith('aws:')
    ? 'must not start with "aws:", which is reserved for the tags Connect adds'
    : `may contain only ${CONTACT_TAG_KEY_CHARACTERS}`;
  return `${message} (pattern ${pattern.source})`;
});
