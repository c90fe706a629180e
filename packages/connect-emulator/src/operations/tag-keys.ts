import type { EmulatedServiceError } from '../errors.ts';
import { invalidParameter, lengthViolation, patternViolation } from './validation.ts';

/**
 * ContactTagKey as Connect's service model writes it. `+-=` inside the class is a range
 * (U+002B..U+003D: `+ , - . / 0-9 : ; < =`), so digits and `,;<` pass too; `aws:` is refused.
 */
export const CONTACT_TAG_KEY = /^(?!aws:)[a-zA-Z+-=._:/]+$/;

/**
 * AWS's tagging rules reserve the prefix in any case ("aws:, AWS:, or any upper or lowercase
 * combination of such"); the model's lookahead names the lower-case one only. The emulator refuses
 * every case, as the gateway does (docs/contact-operations.md gives the reason).
 */
const RESERVED_PREFIX = /^aws:/i;

/** 1..128 code points, then the pattern, then the reserved prefix in any case. */
export const tagKeyViolation = (key: string, path: string): EmulatedServiceError | undefined =>
  lengthViolation(key, path, 1, 128) ??
  patternViolation(key, path, CONTACT_TAG_KEY) ??
  (RESERVED_PREFIX.test(key)
    ? invalidParameter(
        path,
        `Member must not start with aws: in any case (reserved for AWS); pattern: ${CONTACT_TAG_KEY.source}`,
      )
    : undefined);

/** TagContact's Tags and UntagContact's TagKeys: 1..6 entries per call. */
export const TAGS_PER_CALL = { min: 1, max: 6 } as const;
