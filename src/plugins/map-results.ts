import type { ExecutionResult } from 'graphql';
import { mapAsyncIterator, type Plugin } from 'graphql-yoga';

type OnResultProcess = NonNullable<Plugin['onResultProcess']>;
/** What yoga hands onResultProcess: one result, a batch, or a stream of results. */
type ResultProcessorInput = Parameters<OnResultProcess>[0]['result'];

/**
 * Applies `map` to every result of an answer: a single result, a batch, or each event of a stream
 * (a subscription), so what the plugins guarantee for answers holds for stream events too. A
 * stream stays a stream: the client leaving still reaches its source (mapAsyncIterator forwards return).
 */
export function mapResults(
  result: ResultProcessorInput,
  map: (single: ExecutionResult) => ExecutionResult,
): ResultProcessorInput {
  if (Symbol.asyncIterator in result) return mapAsyncIterator(result, map);
  return Array.isArray(result) ? result.map(map) : map(result);
}
