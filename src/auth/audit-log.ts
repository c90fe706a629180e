import { ConnectError } from '../connect/errors.ts';
import type { Logger } from '../logger.ts';

export interface AuditEntry {
  /** The mutation, e.g. `updateContact`. */
  operation: string;
  /** The token's `sub`, or `anonymous` with authentication off. */
  subject: string;
  instanceId: string;
  contactId: string;
  /** Names of the customer-data fields given; never their values. */
  fields: string[];
  /** The map keys written or removed (attribute or tag keys), where the operation names them; never their values. */
  keys?: readonly string[];
}

/**
 * Runs one mutation and writes exactly one audit line for it, whatever the outcome: who, which
 * contact, which fields and keys (names only), the result type, the AWS request id and the duration.
 */
export async function audited<T extends { requestId: string | undefined }>(
  logger: Logger,
  entry: AuditEntry,
  successType: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  // Read when written: an operation that creates its contact names it only after the call.
  const write = (result: string, requestId: string | undefined) => {
    const { operation, ...subject } = entry;
    logger.info(
      {
        audit: operation,
        ...subject,
        result,
        requestId: requestId ?? null,
        durationMs: Math.round(performance.now() - started),
      },
      `audit: ${operation}`,
    );
  };
  try {
    const outcome = await run();
    write(successType, outcome.requestId);
    return outcome;
  } catch (error) {
    // Documented failures are named like their union member; anything else is masked for clients.
    if (error instanceof ConnectError) write(error.name, error.requestId);
    else write('UnexpectedError', undefined);
    throw error;
  }
}
