// Peer with the gateway's costly features: the same Pothos schema on Mercurius (fastify, its query
// cache on, no JIT), plus the bearer token behind the gateway's cache, a request id, prom-client
// operation and Connect metrics, graphql-armor's validation rules with the gateway's limits, the
// deadline in async context and fastify's body limit at the gateway's size (peer-features.ts).
// Mercurius has no CSRF prevention, and armor's token limit needs a parser option it does not take.
import { createServer } from 'node:http';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import Fastify from 'fastify';
import type { DocumentNode } from 'graphql';
import mercurius from 'mercurius';
import { loadConfig } from '../../src/config.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { benchPort, exitOnSignal } from './listen.ts';
import { createPeerContextFactory } from './peer-context.ts';
import { ARMOR_CONFIG, admit, connect, operationOf, recordOperation, withGatewayScope } from './peer-features.ts';

const createContext = createPeerContextFactory(process.env, connect);
const app = Fastify({
  logger: false,
  bodyLimit: loadConfig(process.env).security.maxRequestBodyBytes,
  serverFactory: (handler) => createServer(withGatewayScope(handler)),
});
app.addHook('onRequest', async (request, reply) => {
  if (!(await admit(request.raw, reply.raw))) return reply.hijack();
});
await app.register(mercurius, {
  schema: buildSchema(),
  path: '/graphql',
  graphiql: false,
  context: () => createContext(),
  validationRules: [
    maxDepthRule(ARMOR_CONFIG.maxDepth),
    maxAliasesRule(ARMOR_CONFIG.maxAliases),
    maxDirectivesRule(ARMOR_CONFIG.maxDirectives),
    costLimitRule(ARMOR_CONFIG.costLimit),
  ],
});
// Operation metrics: started before execution, recorded once the result is ready.
const started = new WeakMap<object, { at: number; document: DocumentNode }>();
app.graphql.addHook('preExecution', async (_schema, document, context) => {
  started.set(context, { at: performance.now(), document });
});
app.graphql.addHook('onResolution', async (execution, context) => {
  const start = started.get(context);
  if (start) recordOperation(operationOf(start.document), start.at, (execution.errors?.length ?? 0) > 0);
});
await app.listen({ port: benchPort(), host: '127.0.0.1' });
exitOnSignal(() => app.close());
