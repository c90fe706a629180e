import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * Why the budget answered ThrottlingError without calling Connect: at once, it could not serve the
 * call before its deadline, or the caller had too many calls waiting; or the call waited and then
 * passed the point (later callers' turns, other replicas spending the shared window).
 */
export type RefusalReason = 'deadline' | 'caller_queue' | 'deadline_waited';

/** The budget's metrics; `operation` is a Connect operation with a declared quota, so labels stay bounded. */
export interface BudgetMetrics {
  wait: Histogram<'operation'>;
  queued: Gauge<'operation'>;
  refused: Counter<'operation' | 'reason'>;
}

/** Registers the budget's metrics in `registry` (the gateway's own, served at /metrics). */
export function createBudgetMetrics(registry: Registry): BudgetMetrics {
  const registers = [registry];
  return {
    wait: new Histogram({
      name: 'connect_quota_wait_seconds',
      help: "Time a Connect call waited for its operation's budget before it was sent",
      labelNames: ['operation'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers,
    }),
    queued: new Gauge({
      name: 'connect_quota_queued_calls',
      help: "Connect calls waiting for their operation's budget on this replica",
      labelNames: ['operation'],
      registers,
    }),
    refused: new Counter({
      name: 'connect_quota_refused_total',
      help: 'Calls answered ThrottlingError by the budget without calling Connect, by reason: deadline (at once), caller_queue (at once), deadline_waited (after waiting)',
      labelNames: ['operation', 'reason'],
      registers,
    }),
  };
}
