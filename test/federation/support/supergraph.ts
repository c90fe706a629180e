import { readFileSync } from 'node:fs';
import { type CompositionResult, composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { TICKET_TYPE_DEFS } from './ticket-subgraph.ts';

/** The SDL we publish (`rover subgraph publish --schema schema.graphql`), kept equal to the code by a test. */
export const CONTACTS_SDL = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');

/** Our published subgraph and the ticket subgraph, as a schema registry holds them. */
export const subgraphs = (urls: { contacts: string; tickets: string }) => [
  { name: 'contacts', typeDefs: parse(CONTACTS_SDL), url: urls.contacts },
  { name: 'tickets', typeDefs: TICKET_TYPE_DEFS, url: urls.tickets },
];

/** Composes the two subgraphs with @apollo/composition, as GraphOS would. */
export function composeSupergraph(urls: { contacts: string; tickets: string }): CompositionResult {
  return composeServices(subgraphs(urls));
}

export interface RouterOptions {
  /** Sent in `router-authorization` to the contacts subgraph only: its ROUTER_SECRET. */
  routerSecret?: string;
}

export interface Router {
  /** http://127.0.0.1:PORT/… */
  url: string;
  /** POSTs an operation to the router and returns the parsed response. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<RouterResponse>;
  close(): Promise<void>;
}

export interface RouterResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation to `url` as a client of the router would. */
export async function postOperation(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<RouterResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as RouterResponse;
}

interface RouterContext {
  authorization?: string;
}

/**
 * Serves a supergraph with a real federation gateway (@apollo/gateway inside @apollo/server) on a
 * loopback port. Every subgraph request carries the caller's Authorization header; the contacts
 * subgraph's also carries the router secret. docs/federation.md shows this configuration.
 */
export async function startRouter(supergraphSdl: string, options: RouterOptions = {}): Promise<Router> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<RouterContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (name === 'contacts' && options.routerSecret)
            request.http?.headers.set('router-authorization', options.routerSecret);
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
    post: (query, variables, headers) => postOperation(url, query, variables, headers),
    close: () => server.stop(),
  };
}

/** Composes our subgraph with the ticket subgraph and serves the supergraph; composition errors throw. */
export async function startSupergraph(urls: { contacts: string; tickets: string }): Promise<Router> {
  const composed = composeSupergraph(urls);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return startRouter(composed.supergraphSdl);
}
