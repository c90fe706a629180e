import type { SqsFaultRegistry } from './faults.ts';
import { createSqsFaults } from './faults.ts';
import type { SqsOperationName } from './operations.ts';
import type { QueueRegistry } from './queues.ts';
import { createQueueRegistry } from './queues.ts';

/** The emulator's SQS: its queues, its faults and how many calls each operation received. */
export interface SqsService {
  readonly queues: QueueRegistry;
  readonly faults: SqsFaultRegistry;
  /** Calls per operation since the last `resetCalls()` (faulted and failed ones too). */
  readonly counts: Partial<Record<SqsOperationName, number>>;
  resetCalls(): void;
  /** The emulator's clock in epoch ms. */
  now(): number;
}

export interface SqsServiceOptions {
  region: string;
  accountId: string;
  baseUrl(): string;
  clock(): Date;
}

export function createSqsService(options: SqsServiceOptions): SqsService {
  let counts: Partial<Record<SqsOperationName, number>> = {};
  return {
    queues: createQueueRegistry(options),
    faults: createSqsFaults(),
    get counts() {
      return counts;
    },
    resetCalls() {
      counts = {};
    },
    now: () => options.clock().getTime(),
  };
}
