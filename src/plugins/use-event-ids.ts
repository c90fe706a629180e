import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { takeEventId } from '../subscriptions/event-ids.ts';
import type { ResultMap } from './use-result-maps.ts';

/** What yoga's SSE writer reads from a result besides its fields: how to write its `data:`. */
type SerializedResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/**
 * Gives each subscription event its id in the result, `extensions.eventId`, for clients whose
 * library hides SSE fields (graphql-sse's does) and for WebSocket clients; sseEventIdLine then
 * writes it as the SSE `id:` field too.
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
  };
}

/**
 * The SSE `id:` field of each event with an id (which an EventSource sends back as Last-Event-ID
 * when it reconnects). yoga writes an event as `event: next`, then `data: ` and the result as its
 * `stringify` returns it, then a blank line, and has no option for `id:`. So the result's
 * `stringify` appends the `id:` line to its data line: SSE takes an event's fields in any order.
 * An id holds only digits and a dash (event-id.ts), so it cannot end the line early. The last
 * result map, so no map after it copies the result without its `stringify`.
 */
export const sseEventIdLine: ResultMap = (result): SerializedResult => {
  const eventId = result.extensions?.eventId;
  if (typeof eventId !== 'string') return result;
  return { ...result, stringify: (sanitized) => `${JSON.stringify(sanitized)}\nid: ${eventId}` };
};
