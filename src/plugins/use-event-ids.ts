import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { takeEventId } from '../subscriptions/event-ids.ts';
import { mapResults } from './map-results.ts';

/** What yoga's SSE writer reads from a result besides its fields: how to write its `data:`. */
type SerializedResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

const eventIdOf = (result: ExecutionResult): unknown => result.extensions?.eventId;

/**
 * Gives each subscription event its id: in the result (`extensions.eventId`, for clients whose
 * library hides SSE fields, as graphql-sse's does) and as the SSE `id:` field (which an EventSource
 * sends back as Last-Event-ID when it reconnects).
 *
 * yoga writes an event as `event: next`, then `data: ` and the result as its `stringify` returns it,
 * then a blank line, and has no option for `id:`. So the result's `stringify` appends the `id:`
 * line to its data line: SSE takes an event's fields in any order. An id holds only digits and a
 * dash (event-id.ts), so it cannot end the line early. Registered last, after every plugin that maps
 * results, so nothing copies the result without it.
 */
export function useEventIds(): Plugin {
  return {
    onSubscribe() {
      return {
        onSubscribeResult() {
          return {
            onNext({ args, result, setResult }) {
              const eventId = takeEventId(args.contextValue);
              if (eventId !== undefined) setResult({ ...result, extensions: { ...result.extensions, eventId } });
            },
          };
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (!(Symbol.asyncIterator in result)) return;
      setResult(
        mapResults(result, (single): SerializedResult => {
          const eventId = eventIdOf(single);
          if (typeof eventId !== 'string') return single;
          return { ...single, stringify: (sanitized) => `${JSON.stringify(sanitized)}\nid: ${eventId}` };
        }),
      );
    },
  };
}
