import type { ConnectQuota } from './quota-table.ts';

/** How one operation's quota is spent: at most `points` calls in each window of `windowMs`. */
export interface BudgetWindow {
  points: number;
  windowMs: number;
}

/**
 * Fixed windows, aligned on the clock so that every replica counts the same window, that never
 * run Connect's token bucket (rate r, burst b) dry. Two windows may both be spent at their common
 * edge, so each holds at most (b - 1) / 2 calls (one token spare for the network's jitter), and a
 * window lasts points / r seconds, so the rate is r. Connect's 10/s burst 15 becomes 7 calls every
 * 700 ms.
 */
export function budgetWindow({ rate, burst }: ConnectQuota): BudgetWindow {
  const points = Math.max(1, Math.floor((burst - 1) / 2));
  return { points, windowMs: (points / rate) * 1_000 };
}

/** A replica's calls per window when it cannot count with the others: its share, at least one. */
export function replicaShare(window: BudgetWindow, replicas: number): number {
  return Math.max(1, Math.floor(window.points / replicas));
}
