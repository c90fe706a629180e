import type { ConnectClient, ReferenceType } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import { cacheKey } from './contact-loader.ts';
import { type ContactReferenceRecord, listContactReferences, typeBatches } from './contact-references.ts';
import type { ContactKey } from './contacts.ts';
import { toError } from './errors.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';
import type { ContactReadCache } from './read-cache/contact-read-cache.ts';
import { requestReads } from './request-reads.ts';

/** A contact and the reference types asked of it. */
export interface ReferencesKey extends ContactKey {
  types: readonly ReferenceType[];
}

export type ReferenceLoader = DataLoader<ReferencesKey, ContactReferenceRecord[], string> & {
  /** Drops every listing of the contact read earlier in this request, so the next read sees a write. */
  forget(key: ContactKey): void;
};

// Same types in any order or repetition are one listing.
const referencesKey = (key: ReferencesKey) => `${cacheKey(key)}\u0000${typeBatches(key.types).flat().join(',')}`;

/**
 * The request's reads of contact references: one listing per contact and set of types, however
 * often it is selected (aliases, fragments, the same contact reached twice), within the request's
 * read limits as for DescribeContact (request-reads.ts: concurrency, and `maxReads`). With a
 * `ticket` (CONNECT_QUOTAS) each ListContactReferences call first waits for its budget. With
 * `shared` (CONNECT_READ_CACHE_SECONDS) a listing is first looked up there; this loader stays in
 * front of it, one listing per contact and types per request.
 */
export function createReferenceLoader(
  client: ConnectClient,
  maxReads = Number.POSITIVE_INFINITY,
  ticket?: BudgetTicket,
  shared?: ContactReadCache,
): ReferenceLoader {
  const reads = requestReads(maxReads, 'the references of');
  const cache = new Map<string, Promise<ContactReferenceRecord[]>>();
  const loader = new DataLoader<ReferencesKey, ContactReferenceRecord[], string>(
    (keys) =>
      Promise.all(
        keys.map((key) => {
          if (!reads.allow()) return reads.refused();
          const list = () => reads.limit(() => listContactReferences(client, key, key.types, ticket));
          const read = shared ? shared.readReferences(key, key.types, list) : list();
          return read.catch(toError);
        }),
      ),
    { cacheKeyFn: referencesKey, cacheMap: cache },
  );
  return Object.assign(loader, {
    forget(key: ContactKey) {
      const prefix = `${cacheKey(key)}\u0000`;
      for (const cached of [...cache.keys()]) if (cached.startsWith(prefix)) cache.delete(cached);
    },
  });
}
