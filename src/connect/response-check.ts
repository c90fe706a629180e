import type { ConnectClient } from '@aws-sdk/client-connect';
import { MalformedResponseError } from './errors.ts';

interface RawResponse {
  statusCode: number;
  body: unknown;
}

const isRawResponse = (value: unknown): value is RawResponse =>
  typeof value === 'object' && value !== null && 'statusCode' in value && 'body' in value;

/**
 * UpdateContact's output has no members, so the SDK never reads a 2xx body and would report a
 * garbled or truncated answer as success. This middleware reads every 2xx body first (a truncated
 * one fails while reading) and rejects one that is not JSON; the deserializer then reads the bytes,
 * which stay in the response for middlewares outside it (exact-queue-priority.ts reads them again).
 */
export function rejectMalformedResponses(client: ConnectClient): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response;
      if (isRawResponse(response) && response.statusCode >= 200 && response.statusCode < 300) {
        const bytes = await client.config.streamCollector(response.body);
        try {
          const text = decoder.decode(bytes);
          if (text.trim() !== '') JSON.parse(text);
        } catch (error) {
          throw new MalformedResponseError('Connect answered with a body that is not JSON', { cause: error });
        }
        response.body = bytes;
      }
      return result;
    },
    // Innermost in the deserialize step: sees the raw response before the SDK's deserializer.
    { step: 'deserialize', priority: 'low', name: 'rejectMalformedResponses' },
  );
}
