import type { Registry } from 'prom-client';
import { DEFAULTS } from '../../config.ts';
import type { RedisConnections } from '../../redis/redis-connections.ts';
import { currentCallDeadline, currentCallSignal } from '../call-signal.ts';
import { createBudgetMetrics } from './budget-metrics.ts';
import { budgetWindow } from './budget-window.ts';
import { createOperationQueue, type OperationQueue } from './operation-queue.ts';
import type { QuotaPlan } from './quota-table.ts';
import { createWindowCounter } from './window-counter.ts';

/**
 * How the budget counts, as /ready reports it: `shared` in Redis with every replica, `local` in
 * this process (no REDIS_URL), `local-fallback` on this replica's share while Redis is away.
 */
export type QuotaMode = 'shared' | 'local' | 'local-fallback';

/** Waits for a token of the call's operation; rejects with ThrottlingError when none comes in time. */
export type BudgetTicket = () => Promise<void>;

/** The process's budget for Connect's request-rate quotas, one queue per Connect operation. */
export interface ConnectBudget {
  /** The token `operation`'s call of `caller` (token subject) takes before it is sent; undefined when the operation has no quota. */
  ticket(operation: string, caller: string): BudgetTicket | undefined;
  mode(): QuotaMode;
}

interface ConnectBudgetDeps {
  /** With REDIS_URL: the budget is counted on its command connection, with every replica. */
  redis?: RedisConnections;
  /** Receives the budget's metrics, when metrics are on. */
  metricsRegistry?: Registry;
}

/** The budget `plan` asks for (resolveQuotas), or undefined without CONNECT_QUOTAS. */
export function createConnectBudget(
  plan: QuotaPlan | undefined,
  deps: ConnectBudgetDeps = {},
): ConnectBudget | undefined {
  if (plan === undefined) return undefined;
  const { redis } = deps;
  const metrics = deps.metricsRegistry && createBudgetMetrics(deps.metricsRegistry);
  const queues = new Map<string, OperationQueue>();
  for (const [operation, quota] of plan.quotas) {
    const window = budgetWindow(quota);
    const counter = createWindowCounter(operation, window, plan.replicas, redis?.publisher);
    queues.set(
      operation,
      createOperationQueue({ operation, quota, window, counter, queuePerCaller: plan.queuePerCaller, metrics }),
    );
  }
  return {
    ticket(operation, caller) {
      const queue = queues.get(operation);
      // Outside a request's deadline (GRAPHQL_DEADLINE_MS=0) a call still waits no longer than the default deadline.
      return (
        queue &&
        (() =>
          queue.take(caller, currentCallDeadline() ?? performance.now() + DEFAULTS.deadlineMs, currentCallSignal()))
      );
    },
    mode: () => (redis === undefined ? 'local' : redis.publisher.status === 'ready' ? 'shared' : 'local-fallback'),
  };
}
