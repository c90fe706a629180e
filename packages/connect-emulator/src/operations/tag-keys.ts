import { modelMember } from '@connect-gateway/connect-model';
import type { EmulatedServiceError } from '../errors.ts';
import { modelLength, modelString } from './model-limits.ts';

/**
 * ContactTagKey as Connect's service model writes it, `^(?!aws:)[a-zA-Z+-=._:/]+$`. `+-=` inside
 * the class is a range (U+002B..U+003D: `+ , - . / 0-9 : ; < =`), so digits and `,;<` pass too;
 * `aws:` is refused.
 */
export const CONTACT_TAG_KEY = new RegExp(modelMember('TagContact', 'Tags.key').constraints.pattern ?? '', 'u');

const keyCheck = modelString('TagContact', 'Tags.key');

/** The model's length (1..128 code points), then its pattern. */
export const tagKeyViolation = (key: string, path: string): EmulatedServiceError | undefined => keyCheck(key, path);

/** TagContact's Tags and UntagContact's TagKeys: entries per call (the model: 1..6 for both). */
export const TAGS_PER_CALL = modelLength('TagContact', 'Tags');
