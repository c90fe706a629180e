import { modelMember } from '@connect-gateway/connect-model';
import type { EmulatedServiceError } from '../errors.ts';
import { modelLength, modelString } from './model-limits.ts';
import { invalidParameter } from './validation.ts';

/**
 * ContactTagKey as Connect's service model writes it, `^(?!aws:)[a-zA-Z+-=._:/]+$`. `+-=` inside
 * the class is a range (U+002B..U+003D: `+ , - . / 0-9 : ; < =`), so digits and `,;<` pass too;
 * `aws:` is refused.
 */
export const CONTACT_TAG_KEY = new RegExp(modelMember('TagContact', 'Tags.key').constraints.pattern ?? '', 'u');

/**
 * AWS's tagging rules reserve the prefix in any case ("aws:, AWS:, or any upper or lowercase
 * combination of such"); the model's lookahead names the lower-case one only. The emulator refuses
 * every case, as the gateway does (docs/contact-operations.md gives the reason).
 */
const RESERVED_PREFIX = /^aws:/i;

const keyCheck = modelString('TagContact', 'Tags.key');

/** The model's length (1..128 code points) and pattern, then the reserved prefix in any case. */
export const tagKeyViolation = (key: string, path: string): EmulatedServiceError | undefined =>
  keyCheck(key, path) ??
  (RESERVED_PREFIX.test(key)
    ? invalidParameter(
        path,
        `Member must not start with aws: in any case (reserved for AWS); pattern: ${CONTACT_TAG_KEY.source}`,
      )
    : undefined);

/** TagContact's Tags and UntagContact's TagKeys: entries per call (the model: 1..6 for both). */
export const TAGS_PER_CALL = modelLength('TagContact', 'Tags');
