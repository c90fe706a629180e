import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * A second subgraph as another team would write it: tickets that point at our Contact by its key,
 * with an Error interface and an AccessDeniedError of their own (shareable, like ours).
 */
export const TICKET_TYPE_DEFS = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])

  type Query {
    tickets: [Ticket!]!
    ticket(id: ID!): TicketResult!
  }

  type Ticket @key(fields: "id") {
    id: ID!
    title: String!
    "The Connect contact the ticket was opened from, resolved by the contacts subgraph."
    contact: Contact
  }

  # A reference to the contacts subgraph's entity: only the key, never resolved here.
  type Contact @key(fields: "instanceId id", resolvable: false) {
    instanceId: ID!
    id: ID!
  }

  interface Error {
    message: String!
  }

  type TicketNotFoundError implements Error {
    message: String!
  }

  type AccessDeniedError implements Error @shareable {
    message: String!
    requestId: String
  }

  union TicketResult = Ticket | TicketNotFoundError | AccessDeniedError
`);

export interface TicketRow {
  id: string;
  title: string;
  instanceId: string;
  contactId: string;
}

export interface TicketSubgraph {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  tickets: TicketRow[];
  close(): Promise<void>;
}

const toTicket = (row: TicketRow) => ({ __typename: 'Ticket', ...row });

/** Serves the ticket subgraph (buildSubgraphSchema behind yoga) on a loopback port. */
export async function startTicketSubgraph(tickets: TicketRow[] = []): Promise<TicketSubgraph> {
  const byId = () => new Map(state.tickets.map((t) => [t.id, t]));
  const state: TicketSubgraph = { url: '', tickets, close: async () => {} };
  const schema = buildSubgraphSchema({
    typeDefs: TICKET_TYPE_DEFS,
    resolvers: {
      Query: {
        tickets: () => state.tickets.map(toTicket),
        ticket: (_: unknown, { id }: { id: string }) => {
          const row = byId().get(id);
          return row ? toTicket(row) : { __typename: 'TicketNotFoundError', message: `No ticket ${id}` };
        },
      },
      Ticket: {
        __resolveReference: ({ id }: { id: string }) => {
          const row = byId().get(id);
          return row ? toTicket(row) : null;
        },
        contact: (row: TicketRow) => ({ __typename: 'Contact', instanceId: row.instanceId, id: row.contactId }),
      },
      TicketResult: { __resolveType: (value: { __typename: string }) => value.__typename },
    },
  });
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  state.close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
