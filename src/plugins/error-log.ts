import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger.ts';
import type { ResultMap } from './use-result-maps.ts';

// What a log line may say about the underlying failure: its kind and where it came from. Its
// message only for a system error (a code such as ECONNRESET) that did not come from Connect's
// answer: other messages may quote contact data.
const MAX_SEGMENT = 64;
const MAX_MESSAGE = 200;

// A path's names are response keys, and an alias is the client's text of any length: each is kept
// to a bounded prefix, enough to find the field in the operation.
function boundedPath(path: GraphQLError['path']): (string | number)[] | undefined {
  return path?.map((segment) =>
    typeof segment === 'string' && segment.length > MAX_SEGMENT ? `${segment.slice(0, MAX_SEGMENT)}…` : segment,
  );
}

function describeCause(error: GraphQLError): Record<string, unknown> | undefined {
  const cause = (error.originalError as { cause?: unknown } | undefined)?.cause ?? error.originalError;
  if (!(cause instanceof Error)) return undefined;
  const { code, $metadata, $response } = cause as {
    code?: unknown;
    $metadata?: { httpStatusCode?: number; attempts?: number };
    $response?: unknown;
  };
  const fromAnswer = $metadata !== undefined || $response !== undefined || cause instanceof SyntaxError;
  return {
    name: cause.name.slice(0, MAX_SEGMENT),
    ...(fromAnswer || typeof code !== 'string' ? {} : { message: cause.message.slice(0, MAX_MESSAGE) }),
    code,
    status: $metadata?.httpStatusCode,
    attempts: $metadata?.attempts,
  };
}

/**
 * Logs every GraphQL error of a response once, with the request id (which requestIdInErrors, mapping
 * before, put in its extensions), its code, its path and (server-side only) what caused it; masked
 * errors thus stay diagnosable. Never the error's message: graphql-js quotes input values in it, and
 * contact values must not reach the logs. Union-member errors are data, not logged. A
 * subscription's events are logged as they are sent; their data (contact values) never.
 */
export const errorLog =
  (logger: Logger): ResultMap =>
  (result) => {
    for (const error of result.errors ?? [])
      logger.warn(
        {
          requestId: error.extensions?.requestId,
          code: error.extensions?.code ?? null,
          path: boundedPath(error.path),
          cause: describeCause(error),
        },
        'graphql error',
      );
    return result;
  };
