// Peer with the gateway's costly features: the same Pothos schema on Apollo Server 5 (production
// mode, its document cache and CSRF prevention on) behind node:http the way its standalone server
// does it, plus the bearer token behind the gateway's cache, a request id, prom-client operation
// and Connect metrics, graphql-armor's Apollo plugins with the gateway's limits, the deadline in
// async context and the body limit (peer-features.ts).
import { createServer } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { CSRF_HEADERS } from '../../src/plugins/security-plugins.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { sendJson, serve } from './listen.ts';
import { createPeerContextFactory, type PeerContext } from './peer-context.ts';
import { ARMOR_CONFIG, admit, connect, operationOf, recordOperation, withGatewayScope } from './peer-features.ts';

const createContext = createPeerContextFactory(process.env, connect);
const armor = new ApolloArmor(ARMOR_CONFIG).protect();
// armor's types name @apollo/server's CommonJS declarations, this file its ESM ones: the same plugins.
const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<PeerContext>[];
const server = new ApolloServer<PeerContext>({
  schema: buildSchema(),
  introspection: false,
  csrfPrevention: { requestHeaders: CSRF_HEADERS },
  allowBatchedHttpRequests: false,
  validationRules: armor.validationRules,
  plugins: [
    ...armorPlugins,
    {
      async requestDidStart() {
        const startedAt = performance.now();
        return {
          async willSendResponse({ document, errors }) {
            recordOperation(operationOf(document), startedAt, (errors?.length ?? 0) > 0);
          },
        };
      },
    },
  ],
});
await server.start();

await serve(
  createServer(
    withGatewayScope(async (req, res) => {
      if (!(await admit(req, res))) return;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'bad request' }] });
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const url = req.url ?? '/';
      const query = url.indexOf('?');
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
        context: async () => createContext(),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return void res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }),
  ),
);
