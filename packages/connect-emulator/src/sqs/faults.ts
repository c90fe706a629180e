import { randomUUID } from 'node:crypto';
import type { SqsError } from './errors.ts';
import { anySqsError, sqsError } from './errors.ts';
import type { SqsOperationName } from './operations.ts';

/** What an injected SQS fault does. */
export type SqsFaultEffect =
  /** Answer with this error: a name from the SQS error table (its status), or any code (`status`, default 400). */
  | { kind: 'error'; name: string; status?: number; message?: string }
  /** 503 ServiceUnavailable, as SQS answers when it cannot serve. */
  | { kind: 'unavailable' }
  /** Destroy the socket without an answer. */
  | { kind: 'reset' };

export type SqsFaultSpec = SqsFaultEffect & {
  /** Only this operation (omitted: every one). */
  operation?: SqsOperationName;
  /** Only requests naming this queue (by QueueUrl or QueueName). */
  queueName?: string;
  /** Apply to the next N matching calls, then disappear. */
  times?: number;
};

export interface SqsFault {
  id: string;
  spec: SqsFaultSpec;
  remaining?: number;
  hits: number;
}

export type SqsFaultOutcome = { kind: 'error'; error: SqsError } | { kind: 'reset' };

export interface SqsFaultRegistry {
  add(spec: SqsFaultSpec): string;
  remove(id: string): boolean;
  clear(): void;
  list(): SqsFault[];
  /** The first matching fault's outcome (consuming one of its `times`), if any. */
  decide(operation: SqsOperationName, queueName: string | undefined): SqsFaultOutcome | undefined;
}

function outcome(effect: SqsFaultEffect): SqsFaultOutcome {
  switch (effect.kind) {
    case 'error':
      return {
        kind: 'error',
        error: anySqsError(effect.name, effect.message ?? `Injected ${effect.name}`, effect.status),
      };
    case 'unavailable':
      return {
        kind: 'error',
        error: sqsError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
      };
    case 'reset':
      return { kind: 'reset' };
  }
}

/** The SQS side's faults: checked in the order added, before the signature check and validation. */
export function createSqsFaults(): SqsFaultRegistry {
  let faults: SqsFault[] = [];
  return {
    add(spec) {
      const id = randomUUID();
      faults = [...faults, { id, spec, hits: 0, ...(spec.times === undefined ? {} : { remaining: spec.times }) }];
      return id;
    },
    remove(id) {
      const before = faults.length;
      faults = faults.filter((f) => f.id !== id);
      return faults.length !== before;
    },
    clear() {
      faults = [];
    },
    list: () => faults.map((f) => ({ ...f })),
    decide(operation, queueName) {
      const f = faults.find(
        ({ spec }) =>
          (spec.operation === undefined || spec.operation === operation) &&
          (spec.queueName === undefined || spec.queueName === queueName),
      );
      if (!f) return undefined;
      f.hits++;
      if (f.remaining !== undefined && --f.remaining <= 0) faults = faults.filter((x) => x !== f);
      return outcome(f.spec);
    },
  };
}
