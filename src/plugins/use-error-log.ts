import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { requestIdOf } from './use-request-id.ts';

// What a log line may say about the underlying failure: its kind, never contact data.
function describeCause(error: GraphQLError): Record<string, unknown> | undefined {
  const cause = (error.originalError as { cause?: unknown } | undefined)?.cause ?? error.originalError;
  if (!(cause instanceof Error)) return undefined;
  const { code, $metadata } = cause as { code?: unknown; $metadata?: { httpStatusCode?: number; attempts?: number } };
  return { name: cause.name, message: cause.message, code, status: $metadata?.httpStatusCode, attempts: $metadata?.attempts };
}

/**
 * Logs every GraphQL error of a response once, with the request id, its code and (server-side
 * only) what caused it; masked errors thus stay diagnosable. Union-member errors are data, not logged.
 */
export function useErrorLog(logger: Logger): Plugin {
  return {
    onResultProcess({ request, result }) {
      if (Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) {
          logger.warn(
            {
              requestId: requestIdOf(request),
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
