import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { type CompositionResult, composeServices } from '@theguild/federation-composition';
import { postOperation, type Router, type RouterOptions, subgraphs } from './supergraph.ts';

/** Composes the same two subgraphs with The Guild's composition library, as Hive's registry does. */
export function composeWithGuild(urls: { contacts: string; tickets: string }): CompositionResult {
  return composeServices(subgraphs(urls));
}

/**
 * Serves a supergraph with Hive Gateway's runtime in this process, behind node:http on a loopback
 * port. Every subgraph request carries the caller's Authorization header; the contacts subgraph's
 * also carries the router secret. docs/federation.md shows this configuration.
 */
export async function startHiveGateway(supergraphSdl: string, options: RouterOptions = {}): Promise<Router> {
  const gateway = createGatewayRuntime({
    supergraph: supergraphSdl,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => ({
        authorization: request.headers.get('authorization'),
        'router-authorization': subgraphName === 'contacts' ? options.routerSecret : undefined,
      }),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    post: (query, variables, headers) => postOperation(url, query, variables, headers),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
