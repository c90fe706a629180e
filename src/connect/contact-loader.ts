import type { ConnectClient, Contact } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import pLimit from 'p-limit';
import { ErrorCode } from '../error-codes.ts';
import { type ContactKey, describeContact } from './contacts.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';

export type ContactLoader = DataLoader<ContactKey, Contact, string>;

/** DescribeContact calls one request may have in flight at once, so a wide query cannot flood Connect. */
export const DESCRIBE_CONCURRENCY = 8;

/** The loader's cache: one read (settled or in flight) per cache key. */
export type ContactCacheMap = Map<string, Promise<Contact>>;

export const cacheKey = (key: ContactKey) => `${key.instanceId}\u0000${key.contactId}`;

/**
 * The batch function of a contact loader. Connect has no batch read, so a batch becomes parallel
 * DescribeContact calls: at most DESCRIBE_CONCURRENCY in flight for the whole loader (one limiter
 * across batches, since resolvers at different depths dispatch separate batches), failing per key.
 * With `maxReads`, keys past that many calls fail without a call (useReadCap refuses most such
 * requests before execution; this holds for every path that reads a contact). With a `ticket`
 * (CONNECT_QUOTAS) each call first waits for DescribeContact's budget.
 */
export function describeContactBatches(
  client: ConnectClient,
  maxReads = Number.POSITIVE_INFINITY,
  ticket?: BudgetTicket,
): DataLoader.BatchLoadFn<ContactKey, Contact> {
  const limit = pLimit(DESCRIBE_CONCURRENCY);
  let reads = 0;
  return (keys) =>
    Promise.all(
      keys.map((key) => {
        if (++reads > maxReads) return tooManyReads(maxReads);
        return limit(() => describeContact(client, key, ticket).catch((error: unknown) => toError(error)));
      }),
    );
}

/**
 * Loads contacts by (instance, contact) for one request, de-duplicated by the loader's cache; a
 * caller that passes `cacheMap` can look into that cache (contact-chain.ts does). With `ticket`,
 * each DescribeContact call first takes its token from the Connect budget.
 */
export function createContactLoader(
  client: ConnectClient,
  maxReads?: number,
  cacheMap?: ContactCacheMap,
  ticket?: BudgetTicket,
): ContactLoader {
  return new DataLoader<ContactKey, Contact, string>(describeContactBatches(client, maxReads, ticket), {
    cacheKeyFn: cacheKey,
    ...(cacheMap && { cacheMap }),
  });
}

const tooManyReads = (max: number) =>
  new GraphQLError(`A request may read at most ${max} contacts from Connect.`, {
    extensions: { code: ErrorCode.TOO_MANY_READS },
  });

// DataLoader treats an Error in the result array as that key's failure, leaving the others intact.
function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
