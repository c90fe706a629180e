import type { ConnectClient } from '@aws-sdk/client-connect';
import { Counter, Histogram, type Registry } from 'prom-client';

/** Connect call metrics, registered once per gateway registry. */
export interface ConnectMetrics {
  calls: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation' | 'outcome'>;
  retries: Counter<'operation'>;
  errors: Counter<'operation' | 'error_type'>;
}

/** Creates the Connect metrics in `registry` (never the global one, so tests can build many gateways). */
export function createConnectMetrics(registry: Registry): ConnectMetrics {
  const registers = [registry];
  return {
    calls: new Counter({
      name: 'connect_calls_total',
      help: 'Connect API calls by operation and outcome (success or error), retries included in one call',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    duration: new Histogram({
      name: 'connect_call_duration_seconds',
      help: 'Time of one Connect API call, all attempts and backoff included',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    retries: new Counter({
      name: 'connect_retries_total',
      help: 'Retried attempts of Connect API calls (attempts beyond the first)',
      labelNames: ['operation'],
      registers,
    }),
    errors: new Counter({
      name: 'connect_errors_total',
      help: 'Failed Connect API calls by error type (Connect exception name, network error code, TimeoutError, AbortError…)',
      labelNames: ['operation', 'error_type'],
      registers,
    }),
  };
}

// An error type is a label value: keep it short, plain and of bounded cardinality.
const MAX_ERROR_TYPES = 64;
const seenErrorTypes = new Set<string>();
function errorType(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Unknown';
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Node network errors are plain `Error`s, or renamed TimeoutError by the SDK (a reset, too):
  // their code (ECONNRESET, ECONNREFUSED…) says what happened.
  const raw = (name === 'Error' || name === 'TimeoutError') && typeof code === 'string' ? code : name;
  if (typeof raw !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(raw)) return 'Unknown';
  if (seenErrorTypes.has(raw)) return raw;
  if (seenErrorTypes.size >= MAX_ERROR_TYPES) return 'Other';
  seenErrorTypes.add(raw);
  return raw;
}

interface Metadata {
  $metadata?: { attempts?: number };
}
const attemptsOf = (value: unknown): number =>
  (typeof value === 'object' && value !== null ? (value as Metadata).$metadata?.attempts : undefined) ?? 1;

/**
 * Counts and times every call of `client`, outermost in the middleware stack so one call covers
 * its retries. Added before the first call, so `cacheMiddleware: true` keeps it in the cached stack.
 */
export function instrumentConnectClient(client: ConnectClient, metrics: ConnectMetrics): void {
  client.middlewareStack.add(
    (next, context) => {
      // Runs once per command class when the stack is cached: label children resolved here.
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const success = {
        calls: metrics.calls.labels(operation, 'success'),
        duration: metrics.duration.labels(operation, 'success'),
      };
      const failure = {
        calls: metrics.calls.labels(operation, 'error'),
        duration: metrics.duration.labels(operation, 'error'),
      };
      const retries = metrics.retries.labels(operation);
      return async (args) => {
        const started = performance.now();
        try {
          const result = await next(args);
          success.calls.inc();
          success.duration.observe((performance.now() - started) / 1000);
          const attempts = attemptsOf(result.output);
          if (attempts > 1) retries.inc(attempts - 1);
          return result;
        } catch (error) {
          failure.calls.inc();
          failure.duration.observe((performance.now() - started) / 1000);
          metrics.errors.inc({ operation, error_type: errorType(error) });
          const attempts = attemptsOf(error);
          if (attempts > 1) retries.inc(attempts - 1);
          throw error;
        }
      };
    },
    { step: 'initialize', priority: 'high', name: 'connectMetrics' },
  );
}
