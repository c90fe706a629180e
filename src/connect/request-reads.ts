import { GraphQLError } from 'graphql';
import pLimit from 'p-limit';
import { ErrorCode } from '../error-codes.ts';

/** Connect reads one loader of a request may have in flight at once, so a wide query cannot flood Connect. */
export const DESCRIBE_CONCURRENCY = 8;

/**
 * The limits a request's loader keeps on its Connect reads: at most DESCRIBE_CONCURRENCY calls in
 * flight (one limiter across batches, since resolvers at different depths dispatch separate
 * batches), and at most `maxReads` reads (MAX_CONTACT_READS_PER_REQUEST), past which a key fails
 * with TOO_MANY_READS without a call. useReadCap refuses most such requests before execution; this
 * holds for every path that reads. `whatOf` names what is read of each contact, if not the contact.
 */
export function requestReads(maxReads = Number.POSITIVE_INFINITY, whatOf?: string) {
  const read = `${whatOf === undefined ? '' : `${whatOf} `}at most ${maxReads} contacts`;
  let reads = 0;
  return {
    limit: pLimit(DESCRIBE_CONCURRENCY),
    /** Counts one read: false once past the cap. */
    allow: () => ++reads <= maxReads,
    /** What a key past the cap gets instead of a call. */
    refused: () =>
      new GraphQLError(`A request may read ${read} from Connect.`, {
        extensions: { code: ErrorCode.TOO_MANY_READS },
      }),
  };
}
