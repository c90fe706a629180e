import { type Stack, startStack } from '../../support/stack.ts';
import { composeWithGuild, startHiveGateway } from './hive-gateway.ts';
import { composeSupergraph, type Router, startRouter } from './supergraph.ts';
import { startTicketSubgraph, type TicketRow, type TicketSubgraph } from './ticket-subgraph.ts';

/** The two independent federation routers the supergraph is tested behind. */
export const ROUTERS = ['Apollo Gateway', 'Hive Gateway'] as const;
export type RouterName = (typeof ROUTERS)[number];

export interface Federation {
  stack: Stack;
  tickets: TicketSubgraph;
  /** The same two subgraphs, composed by each router's own composition library. */
  routers: Record<RouterName, Router>;
  close(): Promise<void>;
}

export interface FederationOptions {
  /** The gateway's environment (e.g. AUTH_JWT_SECRET, ROUTER_SECRET). */
  env?: Record<string, string>;
  /** What each router sends to the contacts subgraph in `router-authorization`. */
  routerSecret?: string;
  tickets?: TicketRow[];
}

function supergraphOf(composed: { supergraphSdl?: string; errors?: readonly { message: string }[] }): string {
  if (composed.supergraphSdl === undefined) throw new Error((composed.errors ?? []).map((e) => e.message).join('\n'));
  return composed.supergraphSdl;
}

/** Our gateway (emulator behind it), the ticket subgraph, and both routers in front of them. */
export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const stack = await startStack({ env: options.env });
  const tickets = await startTicketSubgraph(options.tickets);
  const urls = { contacts: stack.url, tickets: tickets.url };
  const routerOptions = { routerSecret: options.routerSecret };
  const routers = {
    'Apollo Gateway': await startRouter(supergraphOf(composeSupergraph(urls)), routerOptions),
    'Hive Gateway': await startHiveGateway(supergraphOf(composeWithGuild(urls)), routerOptions),
  };
  return {
    stack,
    tickets,
    routers,
    async close() {
      for (const router of Object.values(routers)) await router.close();
      await tickets.close();
      await stack.close();
    },
  };
}
