import type { ConnectClient } from '@aws-sdk/client-connect';
import type { YogaInitialContext } from 'graphql-yoga';
import { ANONYMOUS_FULL_ACCESS, type Identity, UNAUTHENTICATED } from './auth/identity.ts';
import type { GatewayConfig } from './config.ts';
import { type ContactLoader, createContactLoader } from './connect/contact-loader.ts';
import type { ContactKey } from './connect/contacts.ts';
import type { Logger } from './logger.ts';
import { type ContactChanges, createContactChanges } from './subscriptions/contact-changes.ts';

/** What createContext adds to yoga's own context for every request. */
export interface RequestContext {
  connect: ConnectClient;
  config: GatewayConfig;
  /** The caller; useAuthentication extends the context with the verified one. */
  identity: Identity;
  loaders: Loaders;
  /** For the audit line of each mutation. */
  logger: Logger;
  /** The replica's contact changes: mutations publish to it, subscriptions stream from it. */
  changes: ContactChanges;
}

export type GatewayContext = YogaInitialContext & RequestContext;

/** The request's DataLoaders, created on first use: most updates never read a contact. */
export interface Loaders {
  readonly contact: ContactLoader;
  /** Drops a contact read earlier in this request, so the next read sees a change. */
  forgetContact(key: ContactKey): void;
}

/**
 * Per-request state: a fresh loader every request, so cached contacts never leak between callers.
 * `changes` is the gateway's; callers outside a gateway (tests, the benchmark) get one of their own.
 */
export function createContextFactory(
  config: GatewayConfig,
  connect: ConnectClient,
  logger: Logger,
  changes: ContactChanges = createContactChanges(config, { logger }),
) {
  // Fails closed: with authentication on, a request no token verified for has no scopes.
  const identity = config.auth.mode === 'disabled' ? ANONYMOUS_FULL_ACCESS : UNAUTHENTICATED;
  return (): RequestContext => {
    let contact: ContactLoader | undefined;
    return {
      connect,
      config,
      logger,
      changes,
      identity,
      loaders: {
        get contact() {
          return (contact ??= createContactLoader(connect, config.security.maxContactReadsPerRequest));
        },
        forgetContact: (key) => void contact?.clear(key),
      },
    };
  };
}
