// Decomposition, the GraphQL floor: the gateway's Pothos schema executed by graphql-js straight
// over node:http, nothing else — each document parsed and validated once, no auth, limits, metrics
// or logging besides the resolver's audit line. What it loses against the limit is what GraphQL
// execution of this schema costs; no GraphQL server serving this schema can do better.
import type { ServerResponse } from 'node:http';
import { type DocumentNode, type ExecutionResult, execute, parse, validate } from 'graphql';
import { createConnectClient } from '../../src/connect/client.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { sendJson as send, serveBodies } from './listen.ts';
import { createPeerContextFactory } from './peer-context.ts';

interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const connect = createConnectClient();
const createContext = createPeerContextFactory(process.env, connect);
const schema = buildSchema();
const documents = new Map<string, DocumentNode | ExecutionResult>();

function document(query: string): DocumentNode | ExecutionResult {
  let cached = documents.get(query);
  if (cached === undefined) {
    const parsed = parse(query);
    const errors = validate(schema, parsed);
    cached = errors.length > 0 ? { errors } : parsed;
    documents.set(query, cached);
  }
  return cached;
}

async function handle(text: string, res: ServerResponse): Promise<void> {
  let params: Params;
  let doc: DocumentNode | ExecutionResult;
  try {
    params = JSON.parse(text) as Params;
    doc = document(params.query);
  } catch {
    return send(res, 400, { errors: [{ message: 'bad request' }] });
  }
  if (!('kind' in doc)) return send(res, 400, doc);
  const result = await execute({
    schema,
    document: doc,
    contextValue: createContext(),
    variableValues: params.variables,
    operationName: params.operationName,
  });
  send(res, 200, result);
}

await serveBodies(handle);
