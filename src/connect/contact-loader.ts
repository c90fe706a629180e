import type { ConnectClient, Contact } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import { type ContactKey, describeContact } from './contacts.ts';

export type ContactLoader = DataLoader<ContactKey, Contact, string>;

/** DescribeContact calls one request may have in flight at once, so a wide query cannot flood Connect. */
export const DESCRIBE_CONCURRENCY = 8;

const cacheKey = (key: ContactKey) => `${key.instanceId}\u0000${key.contactId}`;

/**
 * Loads contacts by (instance, contact). Connect has no batch read, so one batch becomes parallel
 * DescribeContact calls, de-duplicated and bounded; each key fails on its own.
 */
export function createContactLoader(client: ConnectClient, signal?: AbortSignal): ContactLoader {
  return new DataLoader<ContactKey, Contact, string>(
    async (keys) => {
      const limit = pLimit(DESCRIBE_CONCURRENCY);
      return Promise.all(
        keys.map((key) =>
          limit(() => describeContact(client, key, signal).catch((error: unknown) => toError(error))),
        ),
      );
    },
    { cacheKeyFn: cacheKey },
  );
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
