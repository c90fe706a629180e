import type { ConnectClient } from '@aws-sdk/client-connect';
import type { GatewayConfig } from './config.ts';
import type { QuotaMode } from './connect/quotas/connect-budget.ts';
import type { ConnectEventsState } from './connect-events/connect-events.ts';
import type { RedisConnections, RedisStatus } from './redis/redis-connections.ts';

export interface ReadinessReport {
  ready: boolean;
  checks: {
    draining: boolean;
    backend: string;
    region: string;
    credentials: 'ok' | 'unresolved';
    /** Reported, not required: without Redis a replica still serves, on its own (docs/operations.md). */
    redis: RedisStatus;
    /** How Connect calls are budgeted (CONNECT_QUOTAS); `local-fallback` while Redis is away. */
    quotas: QuotaMode | 'off';
    /** Reported, not required: the Connect events consumer (CONNECT_EVENTS_QUEUE_URL); `off` without one. */
    connectEvents: ConnectEventsState | 'off';
  };
}

/** Whether the gateway should get traffic; start.ts calls drain() on SIGTERM. */
export interface Readiness {
  readonly draining: boolean;
  drain(): void;
  check(): Promise<ReadinessReport>;
}

const CREDENTIALS_TIMEOUT_MS = 2_000;
// Resolving credentials is memoised by the SDK, but a failure is not: re-check at most this often.
const RECHECK_MS = 10_000;

/** The Region the client signs for, resolved the SDK's own way (AWS_REGION, profile, …); undefined when none. */
export function resolveRegion(connect: ConnectClient): Promise<string | undefined> {
  return connect.config.region().then(
    (region) => (region.length > 0 ? region : undefined),
    () => undefined,
  );
}

/**
 * Readiness from the configuration (parsed, or the process would not run), shutdown (draining →
 * not ready) and, cheaply, the Connect client: its Region and credentials resolve. Never calls
 * Connect. Redis is reported but does not make the replica unready: every replica would drop out at
 * once in an outage, while each can still serve on its own.
 */
export function createReadiness(
  config: GatewayConfig,
  connect: ConnectClient,
  redis?: RedisConnections,
  budget?: { mode(): QuotaMode },
  connectEvents?: () => { state(): ConnectEventsState } | undefined,
): Readiness {
  let draining = false;
  let last: { at: number; ok: boolean } | undefined;

  async function credentialsResolve(): Promise<boolean> {
    if (last && performance.now() - last.at < RECHECK_MS) return last.ok;
    const ok = await Promise.race([
      connect.config.credentials().then(
        (c) => c.accessKeyId.length > 0,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(resolve, CREDENTIALS_TIMEOUT_MS, false).unref()),
    ]);
    last = { at: performance.now(), ok };
    return ok;
  }

  return {
    get draining() {
      return draining;
    },
    drain() {
      draining = true;
    },
    async check() {
      const [region, credentials] = draining
        ? [undefined, false]
        : await Promise.all([resolveRegion(connect), credentialsResolve()]);
      return {
        ready: !draining && region !== undefined && credentials,
        checks: {
          draining,
          backend: config.connect.backend,
          region: region ?? 'unresolved',
          credentials: credentials ? 'ok' : 'unresolved',
          redis: redis?.status() ?? 'off',
          quotas: budget?.mode() ?? 'off',
          connectEvents: connectEvents?.()?.state() ?? 'off',
        },
      };
    },
  };
}

/**
 * GET /ready (src/plugins/readiness-route.ts): 200 when ready, 503 when not; the whole report
 * as JSON when `detailed`, otherwise `{"ready": …}` alone.
 */
export async function readinessResponse(
  readiness: Readiness,
  fetchAPI: { Response: typeof Response },
  detailed: boolean,
) {
  const report = await readiness.check();
  return new fetchAPI.Response(JSON.stringify(detailed ? report : { ready: report.ready }), {
    status: report.ready ? 200 : 503,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}
