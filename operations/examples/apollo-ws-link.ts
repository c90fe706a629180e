// Apollo Client 4 sending subscriptions over WebSocket with graphql-ws (GraphQLWsLink), queries and
// mutations over HTTP, both to the same /graphql. docs/frontend-guide.md shows this same code, and
// test/frontend/ runs it against the real gateway.
import { ApolloClient, ApolloLink, HttpLink, type InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { createContactCache } from './apollo-client.ts';

/**
 * A client for the gateway at `uri` (http://localhost:4000/graphql in development): subscriptions
 * over WebSocket at the same URL (ws:// or wss://), everything else over HTTP. `token` is asked
 * for each HTTP request and each WebSocket connection, so a reconnection (after TOKEN_EXPIRED,
 * or a deploy's SHUTTING_DOWN) sends a fresh one. Without it: no authentication (development).
 */
export function createApolloWsClient(
  uri: string,
  token?: () => Promise<string>,
  cache: InMemoryCache = createContactCache(),
): ApolloClient {
  const authorization = async (): Promise<Record<string, string>> =>
    token ? { authorization: `Bearer ${await token()}` } : {};
  const ws = new GraphQLWsLink(
    // The token goes in connection_init's payload: browsers cannot set headers on a WebSocket.
    createClient({ url: uri.replace(/^http/, 'ws'), connectionParams: authorization }),
  );
  const http = new SetContextLink(async () => ({ headers: await authorization() })).concat(new HttpLink({ uri }));
  return new ApolloClient({ link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http), cache });
}
