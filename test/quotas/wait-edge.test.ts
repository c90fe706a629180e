import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createBudgetMetrics } from '../../src/connect/quotas/budget-metrics.ts';
import { budgetWindow } from '../../src/connect/quotas/budget-window.ts';
import { createOperationQueue } from '../../src/connect/quotas/operation-queue.ts';
import { createWindowCounter } from '../../src/connect/quotas/window-counter.ts';

// 7 calls every 70 ms, so that a call waits one short window at most.
const quota = { rate: 100, burst: 15 };
const window = budgetWindow(quota);

/** Resolves just after the next window starts, so that what follows falls in one window. */
const nextWindow = () =>
  new Promise((resolve) => setTimeout(resolve, window.windowMs - (Date.now() % window.windowMs) + 2));

/**
 * Spends a window, then takes one more call whose wait may last until `slackMs` after the next
 * window starts (the deadline chosen so, less the time a call keeps for itself); answers `served`
 * or the refusal's reason as the budget's metric counted it.
 */
async function callAtTheEdge(slackMs: number): Promise<string> {
  const registry = new Registry();
  const queue = createOperationQueue({
    operation: 'UpdateContact',
    quota,
    window,
    counter: createWindowCounter('UpdateContact', window, 1),
    queuePerCaller: 100,
    metrics: createBudgetMetrics(registry),
  });
  await nextWindow();
  const far = performance.now() + 10_000;
  await Promise.all(Array.from({ length: window.points }, () => queue.take('caller', far)));
  const now = Date.now();
  const maxWaitMs = (Math.floor(now / window.windowMs) + 1) * window.windowMs - now + slackMs;
  // Under twice the reserved second, a call may wait half its remaining time.
  const outcome = await queue.take('caller', performance.now() + 2 * maxWaitMs).then(
    () => 'served',
    () => 'refused',
  );
  const reason = /reason="(\w+)"/.exec(await registry.metrics())?.[1];
  return reason ?? outcome;
}

describe('a call whose token comes just before its wait must end', () => {
  it('is served: the timer ending the wait does not race the window it waits for', async () => {
    // Timers count whole milliseconds: without a grace the wait's timer fired first at these slacks.
    for (const slackMs of [0.2, 0.6, 1, 1.5, 3])
      for (let trial = 0; trial < 4; trial++)
        expect(await callAtTheEdge(slackMs), `slack ${slackMs} ms`).toBe('served');
  });

  it('is refused at once when its token comes after that', async () => {
    // Not nearer: the clock is read here and again in the queue, which a tick or a pause between them could shift.
    for (const slackMs of [-5, -10, -30]) expect(await callAtTheEdge(slackMs)).toBe('deadline');
  });
});
