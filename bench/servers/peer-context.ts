import type { ConnectClient } from '@aws-sdk/client-connect';
import DataLoader from 'dataloader';
import { loadConfig } from '../../src/config.ts';
import { type ContactLoader, describeContactBatches } from '../../src/connect/contact-loader.ts';
import type { ContactKey } from '../../src/connect/contacts.ts';
import { createContextFactory, type RequestContext } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';

export type PeerContext = RequestContext;

// The real loader's batch function, but no cache: duplicate keys in one request become duplicate
// DescribeContact calls. Only for showing what de-duplication saves.
function createUncachedContactLoader(connect: ConnectClient): ContactLoader {
  return new DataLoader(describeContactBatches(connect), { cache: false });
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
    const context = gatewayContext();
    if (dedup) return context;
    const contact = createUncachedContactLoader(connect);
    // Nothing is cached, so there is no chain to forget either.
    const loaders = {
      contact,
      // References are not what the benchmark measures: the gateway's own (cached) loader.
      references: context.loaders.references,
      forgetContact: async (key: ContactKey) => void contact.clear(key),
      forgetChain: async () => {},
    };
    return { ...context, loaders };
  };
}
