import { type ContactCacheMap, cacheKey } from './contact-loader.ts';
import type { ContactKey } from './contacts.ts';

/**
 * Drops from a request's contact cache every contact of the chain a write went through: the
 * written contact, every contact whose InitialContactId is its id, and, when the written contact
 * was read, every contact of the chain it belongs to. Contact attributes belong to the chain, so
 * DescribeContact answers the write for each of its segments.
 *
 * It awaits the cached reads to learn their chains. They are settled in practice (mutation fields
 * run one after another); one still in flight is waited for, then judged like the others. A read
 * that failed keeps its failure, unless it is the written contact's.
 */
export async function forgetChain(cache: ContactCacheMap, written: ContactKey): Promise<void> {
  const writtenKey = cacheKey(written);
  const instancePrefix = cacheKey({ instanceId: written.instanceId, contactId: '' });
  const reads = await Promise.all(
    [...cache].map(async ([key, read]) => ({ key, read, contact: await read.catch(() => undefined) })),
  );
  const chains = new Set([written.contactId]);
  const ownChain = reads.find(({ key }) => key === writtenKey)?.contact?.InitialContactId;
  if (ownChain !== undefined) chains.add(ownChain);
  for (const { key, read, contact } of reads) {
    const initial = contact?.InitialContactId;
    const inChain = key.startsWith(instancePrefix) && initial !== undefined && chains.has(initial);
    // Only the read judged here: a fresh one cached while waiting already sees the write.
    if ((key === writtenKey || inChain) && cache.get(key) === read) cache.delete(key);
  }
}
