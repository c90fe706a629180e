import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

// What a log line may say about the underlying failure: its kind, never contact data.
function describeCause(error: GraphQLError): Record<string, unknown> | undefined {
  const cause = (error.originalError as { cause?: unknown } | undefined)?.cause ?? error.originalError;
  if (!(cause instanceof Error)) return undefined;
  const { code, $metadata } = cause as { code?: unknown; $metadata?: { httpStatusCode?: number; attempts?: number } };
  return { name: cause.name, message: cause.message, code, status: $metadata?.httpStatusCode, attempts: $metadata?.attempts };
}

/**
 * Logs every GraphQL error of a response once, with the request id (which useRequestId, running
 * before, put in its extensions), its code and (server-side only) what caused it; masked errors thus
 * stay diagnosable. Union-member errors are data, not logged.
 */
export function useErrorLog(logger: Logger): Plugin {
  return {
    onResultProcess({ result }) {
      if (Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) {
          logger.warn(
            {
              requestId: error.extensions?.requestId,
              code: error.extensions?.code,
              path: error.path,
              cause: describeCause(error),
            },
            error.message,
          );
        }
      }
    },
  };
}
