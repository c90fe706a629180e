import type { Plugin } from 'graphql-yoga';

type OnRequest = NonNullable<Plugin['onRequest']>;

/** What a check sees of a request: yoga's onRequest payload (request, url, fetchAPI). */
export type RequestPayload = Parameters<OnRequest>[0];

/** The answer that ends a request here, or undefined to let it go on. */
export type RequestCheck = (request: RequestPayload) => Response | Promise<Response> | undefined;

/**
 * The HTTP checks, in order, in one onRequest hook: the first answer ends the request. One hook
 * rather than a plugin each, because whatwg-node runs every onRequest hook through its promise
 * helpers, about 1.5 KB of allocation per hook and request (docs/performance.md).
 */
export function useRequestChecks(...checks: RequestCheck[]): Plugin {
  return {
    onRequest(payload) {
      for (const check of checks) {
        const answer = check(payload);
        if (answer === undefined) continue;
        if (answer instanceof Promise) return answer.then(payload.endResponse);
        payload.endResponse(answer);
        return;
      }
    },
  };
}
