import type { ConnectClient } from '@aws-sdk/client-connect';
import type { YogaInitialContext } from 'graphql-yoga';
import { ANONYMOUS_FULL_ACCESS, type Identity, UNAUTHENTICATED } from './auth/identity.ts';
import type { GatewayConfig } from './config.ts';
import { forgetChain } from './connect/contact-chain.ts';
import { type ContactCacheMap, type ContactLoader, cacheKey, createContactLoader } from './connect/contact-loader.ts';
import { LIST_CONTACT_REFERENCES } from './connect/contact-references.ts';
import { type ContactKey, DESCRIBE_CONTACT } from './connect/contacts.ts';
import type { ConnectBudget } from './connect/quotas/connect-budget.ts';
import { type ContactReadCache, createContactReadCache } from './connect/read-cache/contact-read-cache.ts';
import { createReferenceLoader, type ReferenceLoader } from './connect/reference-loader.ts';
import type { Logger } from './logger.ts';
import { type ContactChanges, createContactChanges } from './subscriptions/contact-changes.ts';

/** What createContext adds to yoga's own context for every request. */
export interface RequestContext {
  connect: ConnectClient;
  config: GatewayConfig;
  /** The caller; authentication (use-authentication.ts) extends the context with the verified one. */
  identity: Identity;
  loaders: Loaders;
  /** For the audit line of each mutation. */
  logger: Logger;
  /** With CONNECT_QUOTAS: every Connect call takes a token of its operation's budget first. */
  budget?: ConnectBudget;
  /** The replica's contact changes: mutations publish to it, subscriptions stream from it. */
  changes: ContactChanges;
  /**
   * DescribeContact and ListContactReferences answers shared between requests
   * (CONNECT_READ_CACHE_SECONDS; a no-op when off).
   * `readCache.invalidate(key)` drops a contact and its chain for a change made outside the gateway.
   */
  readCache: ContactReadCache;
}

export type GatewayContext = YogaInitialContext & RequestContext;

/** The request's DataLoaders, created on first use: most updates never read a contact. */
export interface Loaders {
  readonly contact: ContactLoader;
  /** Contact.references: ListContactReferences, one listing per contact and set of types. */
  readonly references: ReferenceLoader;
  /**
   * Drops a contact (and its references) read earlier in this request or kept by the read cache,
   * so the next read sees a change.
   */
  forgetContact(key: ContactKey): Promise<void>;
  /**
   * Drops every contact of the chain `key` belongs to, read earlier in this request or kept by the
   * read cache (attributes belong to the chain).
   */
  forgetChain(key: ContactKey): Promise<void>;
}

/**
 * Per-request state: a fresh loader every request, so cached contacts never leak between callers.
 * yoga passes the context it builds (`initial`), which the identity extends after this factory ran.
 * `changes` is the gateway's; callers outside a gateway (tests, the benchmark) get one of their own.
 */
export function createContextFactory(
  config: GatewayConfig,
  connect: ConnectClient,
  logger: Logger,
  changes: ContactChanges = createContactChanges(config, { logger }),
  budget?: ConnectBudget,
  readCache: ContactReadCache = createContactReadCache({ logger }),
) {
  // Fails closed: with authentication on, a request no token verified for has no scopes.
  const identity = config.auth.mode === 'disabled' ? ANONYMOUS_FULL_ACCESS : UNAUTHENTICATED;
  return (initial: Partial<GatewayContext> = {}): RequestContext => {
    let contact: ContactLoader | undefined;
    let references: ReferenceLoader | undefined;
    let cached: ContactCacheMap | undefined;
    return {
      connect,
      config,
      logger,
      changes,
      identity,
      budget,
      readCache,
      loaders: {
        // Created at the first read, during execution, when the verified identity is in `initial`:
        // its subject is the caller DescribeContact's budget serves in turn.
        get contact() {
          if (contact === undefined) {
            // The cache map is ours too, so forgetChain can see which chains were read.
            cached = new Map();
            contact = createContactLoader(
              connect,
              config.security.maxContactReadsPerRequest,
              cached,
              budget?.ticket(DESCRIBE_CONTACT, (initial.identity ?? identity).subject),
              readCache,
            );
          }
          return contact;
        },
        get references() {
          references ??= createReferenceLoader(
            connect,
            config.security.maxContactReadsPerRequest,
            budget?.ticket(LIST_CONTACT_REFERENCES, (initial.identity ?? identity).subject),
            readCache,
          );
          return references;
        },
        forgetContact: async (key) => {
          contact?.clear(key);
          references?.forget(key);
          await readCache.forgetContact(key);
        },
        forgetChain: async (key) => {
          // The chain's first contact, when this request read the written one: the shared cache
          // then drops that chain's segments without guessing.
          const read = cached?.get(cacheKey(key));
          const root = read && (await read.catch(() => undefined))?.InitialContactId;
          if (cached) await forgetChain(cached, key);
          await readCache.forgetChain(key, root);
        },
      },
    };
  };
}
