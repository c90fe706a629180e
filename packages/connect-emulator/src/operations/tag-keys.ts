import type { EmulatedServiceError } from '../errors.ts';
import { lengthViolation, patternViolation } from './validation.ts';

/**
 * ContactTagKey as Connect's service model writes it. `+-=` inside the class is a range
 * (U+002B..U+003D: `+ , - . / 0-9 : ; < =`), so digits and `,;<` pass too; `aws:` is refused.
 */
export const CONTACT_TAG_KEY = /^(?!aws:)[a-zA-Z+-=._:/]+$/;

/** 1..128 code points, then the pattern. */
export const tagKeyViolation = (key: string, path: string): EmulatedServiceError | undefined =>
  lengthViolation(key, path, 1, 128) ?? patternViolation(key, path, CONTACT_TAG_KEY);

/** TagContact's Tags and UntagContact's TagKeys: 1..6 entries per call. */
export const TAGS_PER_CALL = { min: 1, max: 6 } as const;
