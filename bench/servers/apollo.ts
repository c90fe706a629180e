// Peer: the same Pothos schema served by Apollo Server 5 standalone (production mode, its default
// parse/validate document cache on). No authentication.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createConnectClient } from '../../src/connect/client.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { benchPort, exitOnSignal } from './listen.ts';
import { createPeerContextFactory, type PeerContext } from './peer-context.ts';

const connect = createConnectClient();
const createContext = createPeerContextFactory(process.env, connect);
const server = new ApolloServer<PeerContext>({ schema: buildSchema(), introspection: false });
await startStandaloneServer(server, {
  listen: { port: benchPort(), host: '127.0.0.1' },
  context: async () => createContext(),
});
exitOnSignal(() => server.stop());
