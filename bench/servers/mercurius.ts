// Peer: the same Pothos schema served by Mercurius on fastify (its default query cache on, no
// JIT, fastify logging off). No authentication.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { createConnectClient } from '../../src/connect/client.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { benchPort, exitOnSignal } from './listen.ts';
import { createPeerContextFactory } from './peer-context.ts';

const connect = createConnectClient();
const createContext = createPeerContextFactory(process.env, connect);
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema: buildSchema(),
  path: '/graphql',
  graphiql: false,
  context: () => createContext(),
});
await app.listen({ port: benchPort(), host: '127.0.0.1' });
exitOnSignal(() => app.close());
