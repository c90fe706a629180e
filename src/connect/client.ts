import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { ConnectClient, type ConnectClientConfig } from '@aws-sdk/client-connect';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { DEFAULTS } from '../config.ts';
import { currentCallSignal } from './call-signal.ts';
import { type ConnectMetrics, instrumentConnectClient } from './connect-metrics.ts';
import { boundRetriesByDeadline } from './deadline-retries.ts';
import { keepQueuePriorityExact } from './exact-queue-priority.ts';
import { rejectMalformedResponses } from './response-check.ts';

export interface ConnectClientOptions {
  /** Set for the emulator; for AWS the SDK reads AWS_ENDPOINT_URL_CONNECT itself. */
  endpoint?: string;
  /** config.connect.region (AWS_REGION); unset: the SDK finds it, or DEFAULTS.endpointRegion with `endpoint`. */
  region?: string;
  /** Only for the emulator, which checks that requests are signed but not by whom. */
  staticCredentials?: boolean;
  /** A credential provider in place of the SDK's default chain (tests: credentials that expire). */
  credentials?: AwsCredentialIdentityProvider;
  /** Upper bound of sockets kept open to Connect; sized for the concurrency we expect. */
  maxSockets?: number;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Overrides AWS_MAX_ATTEMPTS; tests use it to keep retries short. */
  maxAttempts?: number;
  /** Counts, times and classifies every call (src/connect/connect-metrics.ts). */
  metrics?: ConnectMetrics;
}

/**
 * Aborts each attempt with the abort signal of the GraphQL request it serves (its deadline), found
 * in async context, when the caller passed none; see call-signal.ts for why it is not passed.
 */
class RequestBoundHttpHandler extends NodeHttpHandler {
  override handle(...[request, options = {}]: Parameters<NodeHttpHandler['handle']>) {
    const abortSignal = options.abortSignal ?? currentCallSignal();
    return super.handle(request, abortSignal === undefined ? options : { ...options, abortSignal });
  }
}

/**
 * Builds the one ConnectClient of the process. Region, credentials, retries (AWS_MAX_ATTEMPTS,
 * AWS_RETRY_MODE: with no `maxAttempts` here the SDK reads them itself) and endpoint come from the
 * standard AWS configuration chain.
 */
export function createConnectClient(options: ConnectClientOptions = {}): ConnectClient {
  const {
    maxSockets = DEFAULTS.maxSockets,
    connectionTimeoutMs = DEFAULTS.connectionTimeoutMs,
    requestTimeoutMs = DEFAULTS.requestTimeoutMs,
  } = options;
  const agentOptions = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets };
  const config: ConnectClientConfig = {
    // The middleware stack is identical for every call we make: build it once, not per call.
    // It stays cached only while calls carry no per-call options (see call-signal.ts).
    cacheMiddleware: true,
    maxAttempts: options.maxAttempts,
    requestHandler: new RequestBoundHttpHandler({
      httpAgent: new HttpAgent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions),
      connectionTimeout: connectionTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Without this the handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    }),
  };
  if (options.region !== undefined) config.region = options.region;
  if (options.endpoint !== undefined) {
    config.endpoint = options.endpoint;
    config.region ??= DEFAULTS.endpointRegion;
  }
  if (options.credentials) config.credentials = options.credentials;
  else if (options.staticCredentials) config.credentials = { accessKeyId: 'emulator', secretAccessKey: 'emulator' };
  const client = new ConnectClient(config);
  boundRetriesByDeadline(client);
  rejectMalformedResponses(client);
  keepQueuePriorityExact(client);
  if (options.metrics) instrumentConnectClient(client, options.metrics);
  return client;
}
