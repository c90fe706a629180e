import type { ConnectClient, Contact } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import { type ContactKey, describeContact } from './contacts.ts';
import { toError } from './errors.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';
import type { ContactReadCache } from './read-cache/contact-read-cache.ts';
import { requestReads } from './request-reads.ts';

export type ContactLoader = DataLoader<ContactKey, Contact, string>;

/** The loader's cache: one read (settled or in flight) per cache key. */
export type ContactCacheMap = Map<string, Promise<Contact>>;

export const cacheKey = (key: ContactKey) => `${key.instanceId}\u0000${key.contactId}`;

/**
 * The batch function of a contact loader. Connect has no batch read, so a batch becomes parallel
 * DescribeContact calls within the request's read limits (request-reads.ts: concurrency, and
 * `maxReads`), failing per key. With a `ticket`
 * (CONNECT_QUOTAS) each call first waits for DescribeContact's budget. With `shared`
 * (CONNECT_READ_CACHE_SECONDS) a batch is first looked up there, and only its misses call Connect.
 */
export function describeContactBatches(
  client: ConnectClient,
  maxReads = Number.POSITIVE_INFINITY,
  ticket?: BudgetTicket,
  shared?: ContactReadCache,
): DataLoader.BatchLoadFn<ContactKey, Contact> {
  const reads = requestReads(maxReads);
  const describe = (key: ContactKey) => reads.limit(() => describeContact(client, key, ticket).catch(toError));
  return async (keys) => {
    // Counted before the cache: the cap bounds the contacts a request reads, wherever they come from.
    const allowed = keys.filter(reads.allow);
    const read = shared ? await shared.read(allowed, describe) : await Promise.all(allowed.map(describe));
    return keys.map((_key, i) => read[i] ?? reads.refused());
  };
}

/**
 * Loads contacts by (instance, contact) for one request, de-duplicated by the loader's cache; a
 * caller that passes `cacheMap` can look into that cache (contact-chain.ts does). With `ticket`,
 * each DescribeContact call first takes its token from the Connect budget; with `shared`, answers
 * are shared between requests (this loader stays in front of it, one read per key per request).
 */
export function createContactLoader(
  client: ConnectClient,
  maxReads?: number,
  cacheMap?: ContactCacheMap,
  ticket?: BudgetTicket,
  shared?: ContactReadCache,
): ContactLoader {
  return new DataLoader<ContactKey, Contact, string>(describeContactBatches(client, maxReads, ticket, shared), {
    cacheKeyFn: cacheKey,
    ...(cacheMap && { cacheMap }),
  });
}
