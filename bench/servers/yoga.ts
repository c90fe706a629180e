// Decomposition: the same Pothos schema on graphql-yoga configured as the gateway configures it
// (yoga's body limiter off, no batching, no multipart), with none of the gateway's plugins — no
// auth, limits, request ids, deadline, metrics or logging. Gateway vs this is what those cost;
// this vs the GraphQL floor (graphql-js.ts) is what yoga's HTTP layer costs.
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createConnectClient } from '../../src/connect/client.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { serve } from './listen.ts';
import { createPeerContextFactory } from './peer-context.ts';

const connect = createConnectClient();
const createContext = createPeerContextFactory(process.env, connect);
const yoga = createYoga({
  schema: buildSchema(),
  context: () => createContext(),
  maxRequestBodySize: false,
  multipart: false,
  batching: false,
  landingPage: false,
  graphiql: false,
  logging: false,
});
await serve(createServer(yoga));
