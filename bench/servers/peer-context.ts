import type { ConnectClient } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { YogaInitialContext } from 'graphql-yoga';
import { loadConfig } from '../../src/config.ts';
import { DESCRIBE_CONCURRENCY, type ContactLoader } from '../../src/connect/contact-loader.ts';
import { type ContactKey, describeContact } from '../../src/connect/contacts.ts';
import { createContextFactory, type RequestContext } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';

export type PeerContext = RequestContext;

// Same batching and concurrency bound as the real loader, but no cache: duplicate keys in one
// request become duplicate DescribeContact calls. Only for showing what de-duplication saves.
function createUncachedContactLoader(connect: ConnectClient): ContactLoader {
  return new DataLoader<ContactKey, Awaited<ReturnType<typeof describeContact>>, string>(
    async (keys) => {
      const limit = pLimit(DESCRIBE_CONCURRENCY);
      return Promise.all(
        keys.map((key) =>
          limit(() =>
            describeContact(connect, key).catch((error: unknown) =>
              error instanceof Error ? error : new Error(String(error)),
            ),
          ),
        ),
      );
    },
    { cache: false },
  );
}

/**
 * The context every other GraphQL contestant (Apollo Server, Mercurius, the floor, yoga without
 * plugins) gives the same Pothos schema, built by the gateway's own factory: the one Connect
 * client, fresh per-request loaders, the same logger (to /dev/null in the bench). They run with
 * authentication off, so every caller holds every scope.
 */
export function createPeerContextFactory(env: NodeJS.ProcessEnv, connect: ConnectClient) {
  const config = loadConfig({ ...env, AUTH_JWT_SECRET: undefined, AUTH_DISABLED: 'true' });
  const gatewayContext = createContextFactory(config, connect, createLogger({ env: config.env }));
  const dedup = env.BENCH_DEDUP !== 'off';
  return (): PeerContext => {
    // With authentication off the factory reads nothing of yoga's initial context.
    const context = gatewayContext({} as YogaInitialContext);
    if (dedup) return context;
    const contact = createUncachedContactLoader(connect);
    return { ...context, loaders: { contact, forgetContact: (key) => void contact.clear(key) } };
  };
}
