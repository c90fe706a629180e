import { ReferenceStatus, ReferenceType } from '@aws-sdk/client-connect';
import { z } from 'zod';
import type { ContactReferenceRecord } from '../contact-references.ts';
import { isRejected, parseStored, type RejectReason } from './stored-value.ts';

const referenceSchema = z.strictObject({
  name: z.string(),
  type: z.enum(ReferenceType),
  value: z.string().optional(),
  status: z.enum(ReferenceStatus).optional(),
  arn: z.string().optional(),
});
const listingSchema = z.array(referenceSchema);

/** A listing as the cache stores it: the gateway's records, as JSON. */
export const encodeReferences = (references: readonly ContactReferenceRecord[]): string => JSON.stringify(references);

/** A stored value back as a listing of references, or why it is not one. */
export function decodeReferences(text: string, maxBytes: number): ContactReferenceRecord[] | RejectReason {
  const parsed = parseStored(text, maxBytes);
  if (isRejected(parsed)) return parsed;
  const checked = listingSchema.safeParse(parsed);
  return checked.success ? (checked.data as ContactReferenceRecord[]) : 'malformed';
}
