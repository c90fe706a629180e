import type { IncomingMessage } from 'node:http';
import { type DocumentNode, type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Identity } from '../auth/identity.ts';
import type { GatewayConfig } from '../config.ts';
import { ErrorCode } from '../error-codes.ts';
import type { Gateway } from '../gateway.ts';
import { bareHash, loadPersistedDocuments } from '../plugins/use-safelist.ts';
import { MAX_VARIABLES_DEPTH, nestingDepth } from '../plugins/use-variables-depth.ts';

type Enveloped = ReturnType<Gateway['getEnveloped']>;

/** What a subscribe message becomes: arguments for the gateway's own subscribe, or errors to answer. */
export type PreparedOperation = { args: ExecutionArgs; enveloped: Enveloped } | { errors: GraphQLError[] };

const refusal = (message: string, code: string) => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

/** Apollo's automatic-persisted-queries extension, as clients send it. */
function persistedHash(payload: SubscribePayload): string | undefined {
  const persisted = (payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? bareHash(persisted.sha256Hash) : undefined;
}

/**
 * Prepares graphql-ws `subscribe` messages through the gateway's envelop (yoga's getEnveloped), so
 * the plugins of parse, validate, context and subscribe apply as over HTTP: operation limits
 * (graphql-armor), the introspection policy, the write cap, refusal of callers without identity,
 * error masking and the metrics. yoga's HTTP-level hooks (onRequest, onParams, onResultProcess) never
 * run for a WebSocket message, so what they guard is checked here or in websocket-server.ts:
 * persisted operations (PERSISTED_OPERATIONS) and the depth of variables here; the token, path,
 * router secret, origin (for CSRF and CORS), size, and safe, logged errors there.
 *
 * Only subscriptions are served: queries and mutations stay on HTTP, where the deadline, request
 * ids and HTTP answers apply, and a subscription-only socket cannot be used to dodge them.
 */
export function createOperationPreparer(gateway: Gateway, config: GatewayConfig) {
  const only = config.security.persistedOperations === 'only';
  const documents = loadPersistedDocuments();
  return async (
    payload: SubscribePayload,
    request: IncomingMessage,
    identity: Identity,
  ): Promise<PreparedOperation> => {
    const hash = persistedHash(payload);
    let query = payload.query;
    if (hash !== undefined) {
      const stored = documents.get(hash);
      if (stored === undefined) return refusal('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND');
      query = stored;
    } else if (only) {
      return refusal(
        'Must provide a persisted operation (extensions.persistedQuery.sha256Hash).',
        ErrorCode.BAD_REQUEST,
      );
    }
    const variables = payload.variables ?? undefined;
    if (variables !== undefined && nestingDepth(variables) > MAX_VARIABLES_DEPTH)
      return refusal(
        `Variables may nest objects and lists at most ${MAX_VARIABLES_DEPTH} levels deep.`,
        ErrorCode.VARIABLES_TOO_DEEP,
      );
    // `req` is the upgrade's request: its socket is the connection the per-connection cap counts.
    const enveloped = gateway.getEnveloped({ req: request, transport: 'websocket', params: { ...payload, query } });
    let document: DocumentNode;
    try {
      document = enveloped.parse(query);
    } catch (error) {
      // The parser's own errors and graphql-armor's token limit; anything else is ours to see.
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) return { errors: [...errors] };
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation !== 'subscription')
      return refusal(
        'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
        ErrorCode.BAD_REQUEST,
      );
    const contextValue = await enveloped.contextFactory();
    // The connection's verified identity, in place of the factory's default. Over HTTP
    // authentication (use-authentication.ts) sets it while the context is built, from its HTTP check; no request runs here.
    Object.assign(contextValue, { identity });
    return {
      enveloped,
      args: {
        schema: enveloped.schema,
        document,
        contextValue,
        variableValues: variables,
        operationName: payload.operationName,
      },
    };
  };
}
