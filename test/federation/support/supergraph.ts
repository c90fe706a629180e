import { readFileSync } from 'node:fs';
import { composeServices, type CompositionResult } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { TICKET_TYPE_DEFS } from './ticket-subgraph.ts';

/** The SDL we publish (`rover subgraph publish --schema schema.graphql`), kept equal to the code by a test. */
export const CONTACTS_SDL = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');

/** Composes our published subgraph with the ticket subgraph, as a schema registry would. */
export function composeSupergraph(urls: { contacts: string; tickets: string }): CompositionResult {
  return composeServices([
    { name: 'contacts', typeDefs: parse(CONTACTS_SDL), url: urls.contacts },
    { name: 'tickets', typeDefs: TICKET_TYPE_DEFS, url: urls.tickets },
  ]);
}

interface RouterContext {
  authorization?: string;
}

export interface Router {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** POSTs an operation to the router and returns the parsed response. */
  post(query: string, variables?: Record<string, unknown>): Promise<RouterResponse>;
  close(): Promise<void>;
}

export interface RouterResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Serves a supergraph with a real federation gateway (@apollo/gateway inside @apollo/server) on a
 * loopback port. It forwards the caller's Authorization header to the subgraphs, as a router should.
 */
export async function startRouter(supergraphSdl: string): Promise<Router> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<RouterContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<RouterContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    url,
    async post(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as RouterResponse;
    },
    close: () => server.stop(),
  };
}

/** Composes our subgraph with the ticket subgraph and serves the supergraph; composition errors throw. */
export async function startSupergraph(urls: { contacts: string; tickets: string }): Promise<Router> {
  const composed = composeSupergraph(urls);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return startRouter(composed.supergraphSdl);
}
