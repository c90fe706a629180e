import type { SqsError } from './errors.ts';
import type { QueueRegistry } from './queues.ts';

/** What an SQS operation answers: its output, or an SQS error. */
export type SqsResult = { ok: true; output: object } | { ok: false; error: SqsError };

export const ok = (output: object = {}): SqsResult => ({ ok: true, output });
export const failed = (error: SqsError): SqsResult => ({ ok: false, error });

/** What an operation reads and writes. */
export interface SqsContext {
  queues: QueueRegistry;
  /** The emulator's clock, in epoch ms: visibility timeouts, delays and timestamps follow it. */
  now(): number;
  /** Aborted when the client goes away or the emulator closes: a long poll stops waiting. */
  signal: AbortSignal;
}

/** One SQS operation: the parsed JSON body (an object) in, a result out. */
export type SqsHandler = (
  input: Readonly<Record<string, unknown>>,
  context: SqsContext,
) => SqsResult | Promise<SqsResult>;
