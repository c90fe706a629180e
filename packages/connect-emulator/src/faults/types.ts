import type { OperationName } from '../routes.ts';

/** What an injected fault does to a matching call. */
export type FaultEffect =
  /** Answer with this Connect error (status defaults to the documented one, else 400). */
  | { kind: 'error'; name: string; status?: number; message?: string; retryAfterSeconds?: number }
  /** Only delay (cumulative with later faults), then answer normally. */
  | { kind: 'latency'; latencyMs: number }
  /** Never answer; the socket stays open until the client (or `close()`) ends it. */
  | { kind: 'hang' }
  /** Destroy the socket without any response. */
  | { kind: 'reset' }
  /**
   * A body that is not valid JSON (default status 200). Note the SDK never parses a 2xx
   * UpdateContact body (its output is empty), so use a status >= 300 to make that fail too.
   */
  | { kind: 'malformed'; status?: number; body?: string }
  /** 200 whose content-length promises more bytes than are sent before the socket closes. */
  | { kind: 'truncated' }
  /** Token bucket modelling Connect's request-rate quota: 429 ThrottlingException when empty. */
  | { kind: 'throttle'; ratePerSecond: number; burst: number; retryAfterSeconds?: number }
  /**
   * Connect's own quotas: one token bucket per operation, sized by its route-table row (`quota`);
   * 429 ThrottlingException when that operation's bucket is empty. Operations without a quota pass.
   */
  | { kind: 'quotas'; retryAfterSeconds?: number };

/** Which calls a fault applies to; omitted fields match everything. */
export interface FaultMatch {
  operation?: OperationName;
  instanceId?: string;
  contactId?: string;
}

export type FaultSpec = FaultEffect &
  FaultMatch & {
    /** Apply to the next N matching calls, then disappear. Default: until cleared. */
    times?: number;
    /** Probability (0..1) that a matching call is affected. Default: 1. */
    rate?: number;
    /** Seed for this fault's own PRNG (deterministic `rate`). */
    seed?: number;
    /** Delay (ms) before the effect; required for `latency`. */
    latencyMs?: number;
  };

/** A registered fault and its progress. */
export interface ActiveFault {
  id: string;
  spec: FaultSpec;
  /** Applications left when `times` was given. */
  remaining?: number;
  hits: number;
}

/** Effects that end the request (everything but pure latency). */
export type TerminalEffect = Exclude<FaultEffect, { kind: 'latency' }>;

/** The outcome of consulting the faults for one call. */
export interface FaultDecision {
  delayMs: number;
  effect?: TerminalEffect;
  faultId?: string;
}
