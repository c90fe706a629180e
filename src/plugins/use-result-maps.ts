import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mapResults } from './map-results.ts';

type OnResultProcess = NonNullable<Plugin['onResultProcess']>;

/** What a result map sees of the answer besides the result: yoga's onResultProcess payload. */
export type ResultPayload = Parameters<OnResultProcess>[0];

/** One rule for what leaves: a result in, the result to send out. */
export type ResultMap = (result: ExecutionResult, answer: ResultPayload) => ExecutionResult;

/**
 * Applies the maps in order to every result of an answer (each event of a subscription too), in one
 * onResultProcess hook and one pass: whatwg-node and yoga run each hook through their promise
 * helpers, and each mapped stream would be wrapped once more (docs/performance.md).
 */
export function useResultMaps(...maps: ResultMap[]): Plugin {
  return {
    onResultProcess(answer) {
      answer.setResult(
        mapResults(answer.result, (single) => maps.reduce((result, map) => map(result, answer), single)),
      );
    },
  };
}
