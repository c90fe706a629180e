// Peer with the gateway's costly features: the same Pothos schema on Apollo Server 5 (production
// mode, its document cache, CSRF prevention and automatic persisted queries on: Apollo Server's
// own persisted operations, beside the gateway's from codegen's manifest) behind node:http as the
// bare peer drives it (apollo-http.ts), plus the bearer token behind the gateway's cache, a request
// id, prom-client operation, answer and Connect metrics, graphql-armor's Apollo plugins with the
// gateway's limits, the variables depth limit, read caps and write cap, the deadline in async
// context and the path, body-limit and content-type checks (peer-features.ts).
import { createServer } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { CSRF_HEADERS } from '../../src/plugins/security-plugins.ts';
import { writeCapRule } from '../../src/plugins/write-cap.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { apolloListener } from './apollo-http.ts';
import { serve } from './listen.ts';
import { createPeerContextFactory, type PeerContext } from './peer-context.ts';
import {
  ARMOR_CONFIG,
  admit,
  connect,
  operationOf,
  recordOperation,
  refuseOperation,
  withGatewayScope,
} from './peer-features.ts';

const createContext = createPeerContextFactory(process.env, connect);
const armor = new ApolloArmor(ARMOR_CONFIG).protect();
// armor's types name @apollo/server's CommonJS declarations, this file its ESM ones: the same plugins.
const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<PeerContext>[];
const server = new ApolloServer<PeerContext>({
  schema: buildSchema(),
  introspection: false,
  csrfPrevention: { requestHeaders: CSRF_HEADERS },
  allowBatchedHttpRequests: false,
  // armor's rules and the gateway's write cap; `introspection: false` is Apollo's own introspection rule.
  validationRules: [...armor.validationRules, writeCapRule()],
  plugins: [
    ...armorPlugins,
    {
      async requestDidStart({ request }) {
        const startedAt = performance.now();
        return {
          async didResolveOperation({ document, operationName }) {
            const refusal = refuseOperation({ document, operationName, variables: request.variables });
            if (refusal) throw refusal;
          },
          async willSendResponse({ document, errors, response }) {
            recordOperation(operationOf(document), startedAt, (errors?.length ?? 0) > 0, {
              method: request.http?.method ?? 'POST',
              statusCode: response.http.status ?? 200,
            });
          },
        };
      },
    },
  ],
});
await server.start();

const answer = apolloListener(server, async () => createContext());
await serve(
  createServer(
    withGatewayScope(async (req, res) => {
      if (await admit(req, res, { csrf: false })) await answer(req, res);
    }),
  ),
);
