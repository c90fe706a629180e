import { randomUUID } from 'node:crypto';
import type { Quota } from '../operations/operation.ts';
import type { OperationName } from '../routes.ts';
import { seededRandom } from './random.ts';
import type { TokenBucket } from './token-bucket.ts';
import { createTokenBucket } from './token-bucket.ts';
import type { ActiveFault, FaultDecision, FaultSpec, TerminalEffect } from './types.ts';

/** What a fault's filters are matched against; an id is undefined when the request names none. */
export interface FaultTarget {
  operation: OperationName;
  instanceId?: string;
  contactId?: string;
  /** The operation's request-rate quota (its route-table row), for `quotas` faults. */
  quota?: Quota;
}

export interface FaultRegistry {
  /** Registers a fault (applied after those already registered); returns its id. */
  add(spec: FaultSpec): string;
  remove(id: string): boolean;
  /** Removes all faults. */
  clear(): void;
  list(): ActiveFault[];
  /** Decides the fate of one call, consuming `times` and throttle tokens. */
  decide(target: FaultTarget): FaultDecision;
}

export interface FaultRegistryOptions {
  /** Random source for `rate` when a fault has no `seed` (default Math.random). */
  random?: () => number;
  /** Clock for throttle buckets, in ms (default performance.now). */
  now?: () => number;
}

interface Entry extends ActiveFault {
  random: () => number;
  bucket?: TokenBucket;
  /** `quotas` faults: one bucket per operation, as Connect meters each API separately per account. */
  buckets?: Map<OperationName, TokenBucket>;
}

/** Shared result for the common no-fault path, so it allocates nothing. */
export const NO_FAULT: FaultDecision = Object.freeze({ delayMs: 0 });

const matches = (spec: FaultSpec, t: FaultTarget): boolean =>
  (spec.operation === undefined || spec.operation === t.operation) &&
  (spec.instanceId === undefined || spec.instanceId === t.instanceId) &&
  (spec.contactId === undefined || spec.contactId === t.contactId);

/** Creates the fault registry: faults are checked in order; latency adds up, the first other effect wins. */
export function createFaults(options: FaultRegistryOptions = {}): FaultRegistry {
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  let entries: Entry[] = [];

  const operationBucket = (buckets: Map<OperationName, TokenBucket>, t: FaultTarget, quota: Quota): TokenBucket => {
    let bucket = buckets.get(t.operation);
    if (!bucket) {
      bucket = createTokenBucket(quota.ratePerSecond, quota.burst, now());
      buckets.set(t.operation, bucket);
    }
    return bucket;
  };

  const fires = (e: Entry, t: FaultTarget): boolean => {
    // A throttle fires only when its bucket is empty; its tokens are the quota.
    if (e.bucket) return !e.bucket.take(now());
    if (e.buckets) return t.quota !== undefined && !operationBucket(e.buckets, t, t.quota).take(now());
    return e.spec.rate === undefined || e.random() < e.spec.rate;
  };

  const consume = (e: Entry): void => {
    e.hits++;
    if (e.remaining !== undefined && --e.remaining <= 0) entries = entries.filter((x) => x !== e);
  };

  return {
    add(spec) {
      const id = randomUUID();
      const entry: Entry = {
        id,
        spec,
        hits: 0,
        random: spec.seed === undefined ? random : seededRandom(spec.seed),
      };
      if (spec.times !== undefined) entry.remaining = spec.times;
      if (spec.kind === 'throttle') entry.bucket = createTokenBucket(spec.ratePerSecond, spec.burst, now());
      if (spec.kind === 'quotas') entry.buckets = new Map();
      entries = [...entries, entry];
      return id;
    },
    remove(id) {
      const before = entries.length;
      entries = entries.filter((e) => e.id !== id);
      return entries.length !== before;
    },
    clear() {
      entries = [];
    },
    list: () => entries.map(({ id, spec, remaining, hits }) => ({ id, spec, remaining, hits })),
    decide(target) {
      if (entries.length === 0) return NO_FAULT;
      let delayMs = 0;
      // Iterate a snapshot: consume() may replace `entries`.
      for (const e of entries) {
        if (!matches(e.spec, target) || !fires(e, target)) continue;
        consume(e);
        delayMs += e.spec.latencyMs ?? 0;
        if (e.spec.kind !== 'latency') return { delayMs, effect: e.spec as TerminalEffect, faultId: e.id };
      }
      return delayMs === 0 ? NO_FAULT : { delayMs };
    },
  };
}
