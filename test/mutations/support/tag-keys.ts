// The edges of ContactTagKey's pattern as Connect's model writes it, ^(?!aws:)[a-zA-Z+-=._:/]+$,
// where `+-=` is the range U+002B..U+003D. Written out here, not derived from the gateway's regex,
// so that a gateway pattern that drifts from the model fails the tests.

/** Keys the pattern admits, each with why it is an edge. */
export const ACCEPTED_TAG_KEYS = [
  ['+', 'U+002B, the first of the range +-='],
  ['=', 'U+003D, the last of the range'],
  [',', 'inside the range'],
  [';', 'inside the range'],
  ['<', 'inside the range'],
  ['0', 'a digit, inside the range'],
  ['9', 'a digit, inside the range'],
  ['-', 'inside the range'],
  ['.', 'listed, and inside the range'],
  ['/', 'listed, and inside the range'],
  [':', 'listed, and inside the range'],
  ['_', 'listed on its own'],
  ['a', 'the first of a-z'],
  ['z', 'the last of a-z'],
  ['A', 'the first of A-Z'],
  ['Z', 'the last of A-Z'],
  ['aws', '"aws" without the colon'],
  ['x-aws:y', '"aws:" past the start'],
] as const;

/** Keys the pattern refuses, each with why it is an edge. */
export const REFUSED_TAG_KEYS = [
  ['*', 'U+002A, just below the range'],
  ['>', 'U+003E, just above the range'],
  ['@', 'U+0040, between the range and A-Z'],
  ['[', 'U+005B, just above A-Z'],
  ['`', 'U+0060, just below a-z'],
  ['{', 'U+007B, just above a-z'],
  ['a b', 'a space'],
  ['é', 'a letter outside ASCII'],
  ['aws:', 'the reserved prefix alone'],
  ['aws:connect:instanceId', 'the system tag Connect adds'],
  ['AWS:x', "the reserved prefix upper-case: the model's pattern admits it, AWS's tagging rules reserve every case"],
  ['Aws:x', 'the reserved prefix in mixed case'],
] as const;
