import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../health.ts';

/** GET /ready: 200 when the gateway should get traffic, 503 (with the failing checks) when not. */
export function useReadiness(readiness: Readiness, path = '/ready'): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      const report = await readiness.check();
      endResponse(
        new fetchAPI.Response(JSON.stringify(report), {
          status: report.ready ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
