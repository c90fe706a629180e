import { z } from 'zod';
import { toInvalidParameterError } from './field-errors.ts';
import { fromModel } from './model-constraints.ts';

/**
 * An id that the SDK puts in the URL path. It encodes every reserved character but not dots, so
 * `.` and `..` would reach Connect as path segments (`/contacts/../x`): refused here.
 */
const pathSegment = (path: 'InstanceId' | 'ContactId') =>
  fromModel('DescribeContact', path).refine((value) => value !== '.' && value !== '..', {
    message: 'must not be "." or ".." (they would be read as URL path segments)',
  });

/**
 * The ids that name a contact. DescribeContact documents the same limits as UpdateContact, so a
 * read is refused with InvalidParameterError (paths ["instanceId"], ["contactId"]) before Connect.
 */
export const contactKeySchema = z.object({
  instanceId: pathSegment('InstanceId'),
  contactId: pathSegment('ContactId'),
});

/** Checks a key that did not come through Pothos validation (a federation representation). */
export function assertValidContactKey(key: { instanceId: unknown; contactId: unknown }): void {
  const result = contactKeySchema.safeParse(key);
  if (!result.success) throw toInvalidParameterError(result.error.issues);
}
