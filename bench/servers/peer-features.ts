// The gateway's production features that cost CPU, for the same-feature peers
// (apollo-features.ts, mercurius-features.ts), built from the gateway's own parts where they are
// not yoga plugins: the bearer-token verifier behind the same cache, the request-id rule, the
// Connect client with its call metrics, the deadline carried in async context, the path, body
// limit, content type and CSRF checks, the variables depth limit, the read caps, the operation
// limits and the same four GraphQL metrics. docs/performance.md lists what each peer has on.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { createTokenVerifier } from '../../src/auth/token-verifier.ts';
import { loadConfig } from '../../src/config.ts';
import { createConnectClient } from '../../src/connect/client.ts';
import { createConnectMetrics } from '../../src/connect/connect-metrics.ts';
import { mediaTypeOf } from '../../src/plugins/content-type-policy.ts';
import { CSRF_HEADERS } from '../../src/plugins/security-plugins.ts';
import { BEARER } from '../../src/plugins/use-authentication.ts';
import { armorConfig } from '../../src/plugins/use-operation-limits.ts';
import { readCapError } from '../../src/plugins/use-read-cap.ts';
import { variablesTooDeep } from '../../src/plugins/use-variables-depth.ts';
import { cacheVerifiedTokens } from '../../src/plugins/verified-token-cache.ts';
import { withRequestScope } from '../../src/server/request-scope.ts';
import { targetPath } from '../../src/server/request-target.ts';
import { sendJson } from './listen.ts';

const config = loadConfig(process.env);
if (config.auth.mode === 'disabled')
  throw new Error('the same-feature peers need AUTH_JWT_SECRET, as the gateway does');

/** graphql-armor's limits with the gateway's numbers, as in production. */
export const ARMOR_CONFIG = armorConfig(true);

/** Default process metrics and the Connect call metrics, as main.ts registers them. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** The one Connect client, with its call metrics into `registry`. */
export const connect = createConnectClient({
  region: config.connect.region,
  connectionTimeoutMs: config.connect.connectionTimeoutMs,
  requestTimeoutMs: config.connect.requestTimeoutMs,
  maxSockets: config.connect.maxSockets,
  metrics: createConnectMetrics(registry),
});

const labelNames = ['operationName', 'operationType'] as const;
const operations = new Counter({
  name: 'graphql_operations',
  help: 'GraphQL operations executed',
  labelNames,
  registers: [registry],
});
const errors = new Counter({
  name: 'graphql_error_results',
  help: 'GraphQL results with errors',
  labelNames,
  registers: [registry],
});
const durations = new Histogram({
  name: 'graphql_duration',
  help: 'Time to execute an operation, s',
  labelNames,
  registers: [registry],
});
const answers = new Histogram({
  name: 'graphql_http_duration',
  help: 'Time to answer an HTTP request, s',
  labelNames: [...labelNames, 'method', 'statusCode'],
  registers: [registry],
});

/** The first operation's name and type, as the gateway labels its metrics. */
export function operationOf(document: DocumentNode | undefined): { operationName: string; operationType: string } {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return {
    operationName: operation?.name?.value ?? 'Anonymous',
    operationType: operation?.kind === Kind.OPERATION_DEFINITION ? operation.operation : 'unknown',
  };
}

/**
 * One operation's metrics: the count, errors and duration since `startedAt` (performance.now()),
 * and the answer's time by method and status, as the gateway's four metrics.
 */
export function recordOperation(
  labels: { operationName: string; operationType: string },
  startedAt: number,
  failed: boolean,
  answer: { method: string; statusCode: number },
): void {
  operations.inc(labels);
  if (failed) errors.inc(labels);
  const seconds = (performance.now() - startedAt) / 1000;
  durations.observe(labels, seconds);
  answers.observe({ ...labels, ...answer }, seconds);
}

/**
 * The gateway's checks of an operation before it runs: the variables depth limit and the read
 * caps. The refusal, or undefined.
 */
export function refuseOperation(request: {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}): GraphQLError | undefined {
  if (variablesTooDeep(request.variables)) return new GraphQLError('Variables nest too deeply.');
  return readCapError(
    { document: request.document, operationName: request.operationName, variables: request.variables },
    config.security.maxContactReadsPerRequest,
    config.security.maxEntityRepresentations,
  );
}

const verify = cacheVerifiedTokens(createTokenVerifier(config.auth));

// Content types a browser sends cross-site without a preflight (yoga's CSRF prevention).
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * The HTTP-level checks the gateway makes before GraphQL: the path, the body limit by
 * content-length, a JSON content type, CSRF prevention (`csrf`: for a peer without its own), then
 * the bearer token (verified once, then cached). Answers the refusal itself and returns false.
 */
export async function admit(req: IncomingMessage, res: ServerResponse, { csrf }: { csrf: boolean }): Promise<boolean> {
  if (targetPath(req.url) !== '/graphql') return refuse(res, 404, 'Not found.');
  const mediaType = mediaTypeOf(req.headers['content-type']);
  if (req.method === 'POST') {
    const declared = req.headers['content-length'];
    if (declared === undefined || !/^\d+$/.test(declared))
      return refuse(res, 411, 'A Content-Length header is required.');
    if (Number(declared) > config.security.maxRequestBodyBytes) return refuse(res, 413, 'Request body too large.');
    if (mediaType !== 'application/json') return refuse(res, 415, 'POST bodies must be application/json.');
  }
  const preflighted =
    (mediaType !== undefined && !SIMPLE_TYPES.has(mediaType)) || CSRF_HEADERS.some((h) => req.headers[h] !== undefined);
  if (csrf && !preflighted) return refuse(res, 403, 'This request requires a preflight.');
  const header = req.headers.authorization;
  if (header === undefined) return true;
  const token = BEARER.exec(header)?.[1];
  try {
    if (token === undefined) throw new Error('not a Bearer token');
    await verify(token);
    return true;
  } catch {
    return refuse(res, 401, 'The bearer token is invalid or expired.');
  }
}

function refuse(res: ServerResponse, status: number, message: string): false {
  sendJson(res, status, { errors: [{ message }] });
  return false;
}

/**
 * The gateway's own request scope around a whole request (src/server/request-scope.ts): the request
 * id header, and the deadline whose abort signal every Connect call of the request carries.
 */
export const withGatewayScope = (listener: RequestListener): RequestListener =>
  withRequestScope(listener, config.deadlineMs);
