import { z } from 'zod';
import { toInvalidParameterError } from './field-errors.ts';
import { CONTACT_KEY_LIMITS as L } from './limits.ts';
import { connectString } from './strings.ts';

/**
 * The ids that name a contact. DescribeContact documents the same limits as UpdateContact, so a
 * read is refused with InvalidParameterError (paths ["instanceId"], ["contactId"]) before Connect.
 */
export const contactKeySchema = z.object({
  instanceId: connectString(L.instanceId.min, L.instanceId.max),
  contactId: connectString(L.contactId.min, L.contactId.max),
});

/** Checks a key that did not come through Pothos validation (a federation representation). */
export function assertValidContactKey(key: { instanceId: unknown; contactId: unknown }): void {
  const result = contactKeySchema.safeParse(key);
  if (!result.success) throw toInvalidParameterError(result.error.issues);
}

