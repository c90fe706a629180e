import type { Plugin } from 'graphql-yoga';

/**
 * yoga's built-in `/health` answer carries `x-yoga-id: yoga`, which names the server framework to
 * anyone (and so which advisories to try). The health check runs before every plugin of ours, so
 * the header is removed from the response instead. Asked first: deleting from whatwg-node's headers
 * turns them into a Map, which every other answer would pay for.
 */
export function useNoFrameworkHeader(): Plugin {
  return {
    onResponse({ response }) {
      if (response.headers.has('x-yoga-id')) response.headers.delete('x-yoga-id');
    },
  };
}
