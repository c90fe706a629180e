// Peer: the same Pothos schema served by Apollo Server 5 (production mode, its default
// parse/validate document cache on) behind node:http exactly as the features peer drives it
// (apollo-http.ts). No authentication, and Apollo's own CSRF prevention and automatic persisted
// queries, on by default, off: bare yoga and bare Mercurius have neither, the gateway and the
// features peer pay for both. Not startStandaloneServer: its cors and body-parser middleware, which
// the features peer does not run, made the features look cheaper than they are.
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createConnectClient } from '../../src/connect/client.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { apolloListener } from './apollo-http.ts';
import { serve } from './listen.ts';
import { createPeerContextFactory, type PeerContext } from './peer-context.ts';

const connect = createConnectClient();
const createContext = createPeerContextFactory(process.env, connect);
const server = new ApolloServer<PeerContext>({
  schema: buildSchema(),
  introspection: false,
  csrfPrevention: false,
  persistedQueries: false,
});
await server.start();
await serve(createServer(apolloListener(server, async () => createContext())));
