import type { ConnectClient } from '@aws-sdk/client-connect';
import type { YogaInitialContext } from 'graphql-yoga';
import type { GatewayConfig } from './config.ts';
import { identityOf } from './auth/identity.ts';
import { type ContactLoader, createContactLoader } from './connect/contact-loader.ts';
import type { ContactKey } from './connect/contacts.ts';
import type { Logger } from './logger.ts';

/** Who is calling. With authentication disabled every caller holds every scope. */
export interface Identity {
  subject: string;
  scopes: ReadonlySet<string>;
  /** Instance ids the token narrows the caller to; undefined means no narrowing. */
  instanceIds?: ReadonlySet<string>;
}

/** What createContext adds to yoga's own context for every request. */
export interface RequestContext {
  connect: ConnectClient;
  config: GatewayConfig;
  identity: Identity;
  loaders: Loaders;
  /** For the audit line of each updateContact. */
  logger: Logger;
}

export type GatewayContext = YogaInitialContext & RequestContext;

/** The request's DataLoaders, created on first use: most updates never read a contact. */
export interface Loaders {
  readonly contact: ContactLoader;
  /** Drops a contact read earlier in this request, so the next read sees a change. */
  forgetContact(key: ContactKey): void;
}

export const ANONYMOUS_FULL_ACCESS: Identity = {
  subject: 'anonymous',
  scopes: new Set(['contacts:read', 'contacts:write']),
};

/** Per-request state: a fresh loader every request, so cached contacts never leak between callers. */
export function createContextFactory(config: GatewayConfig, connect: ConnectClient, logger: Logger) {
  const authOff = config.auth.mode === 'disabled';
  return (initial: YogaInitialContext): RequestContext => {
    let contact: ContactLoader | undefined;
    return {
      connect,
      config,
      logger,
      // Fails closed: with authentication on, a request without a verified token has no scopes.
      identity: authOff ? ANONYMOUS_FULL_ACCESS : identityOf(initial.request),
      loaders: {
        get contact() {
          return (contact ??= createContactLoader(connect, config.security.maxContactReadsPerRequest));
        },
        forgetContact: (key) => void contact?.clear(key),
      },
    };
  };
}
