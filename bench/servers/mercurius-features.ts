// Peer with the gateway's costly features: the same Pothos schema on Mercurius (fastify, its query
// cache on, no JIT), plus the bearer token behind the gateway's cache, a request id, prom-client
// operation, answer and Connect metrics, graphql-armor's validation rules with the gateway's limits,
// the variables depth limit, read caps, write cap and introspection rule, the deadline in async
// context, fastify's body limit at the gateway's size and the gateway's path, content-type and CSRF
// checks (peer-features.ts; Mercurius has no CSRF prevention of its own), and the gateway's
// persisted operations (codegen's manifest, by Apollo's sha256Hash; other documents allowed, as
// PERSISTED_OPERATIONS=allow). armor's token limit needs a parser option Mercurius does not take.
import { createServer } from 'node:http';
import Fastify from 'fastify';
import { type DocumentNode, NoSchemaIntrospectionCustomRule } from 'graphql';
import mercurius from 'mercurius';
import { loadConfig } from '../../src/config.ts';
import { operationLimitRules } from '../../src/plugins/use-operation-limits.ts';
import { bareHash, loadPersistedDocuments } from '../../src/plugins/use-safelist.ts';
import { writeCapRule } from '../../src/plugins/write-cap.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { benchPort, exitOnSignal } from './listen.ts';
import { createPeerContextFactory } from './peer-context.ts';
import { admit, connect, operationOf, recordOperation, refuseOperation, withGatewayScope } from './peer-features.ts';

const createContext = createPeerContextFactory(process.env, connect);
const persisted = loadPersistedDocuments();
const hashOf = (request: { extensions?: { persistedQuery?: { sha256Hash?: unknown } } }): string | undefined => {
  const hash = request.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
};
const app = Fastify({
  logger: false,
  bodyLimit: loadConfig(process.env).security.maxRequestBodyBytes,
  serverFactory: (handler) => createServer(withGatewayScope(handler)),
});
app.addHook('onRequest', async (request, reply) => {
  if (!(await admit(request.raw, reply.raw, { csrf: true }))) return reply.hijack();
});
await app.register(mercurius, {
  schema: buildSchema(),
  path: '/graphql',
  graphiql: false,
  context: () => createContext(),
  validationRules: [...operationLimitRules(), writeCapRule(), NoSchemaIntrospectionCustomRule],
  persistedQueryProvider: {
    isPersistedQuery: (request) => !request.query && hashOf(request) !== undefined,
    // A static manifest: nothing is learned from a retry with the document.
    isPersistedQueryRetry: () => false,
    getHash: (request) => hashOf(request) ?? '',
    getQueryFromHash: async (hash) => persisted.get(bareHash(hash)),
  },
});
// The gateway's checks before execution; operation metrics: started before execution, recorded
// once the result is ready.
const started = new WeakMap<object, { at: number; document: DocumentNode }>();
app.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
  const { operationName } = (context.reply.request.body ?? {}) as { operationName?: string | null };
  const refusal = refuseOperation({ document, operationName, variables });
  if (refusal) throw refusal;
  started.set(context, { at: performance.now(), document });
});
app.graphql.addHook('onResolution', async (execution, context) => {
  const start = started.get(context);
  if (start)
    recordOperation(operationOf(start.document), start.at, (execution.errors?.length ?? 0) > 0, {
      method: context.reply.request.method,
      statusCode: context.reply.statusCode,
    });
});
await app.listen({ port: benchPort(), host: '127.0.0.1' });
exitOnSignal(() => app.close());
