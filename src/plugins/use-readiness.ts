import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import { type Readiness, readinessResponse } from '../health.ts';

/**
 * yoga's readiness check, on exactly `endpoint`. The plugin on its own tests every request's URL,
 * ending with a URLPattern match (a measurable share of each /graphql request's CPU), and answers
 * any URL that merely ends in `/ready`; the route guard already knows the path, so only that path
 * reaches it.
 */
export function useReadiness(endpoint: string, readiness: Readiness): Plugin {
  const plugin = useReadinessCheck({ endpoint, check: ({ fetchAPI }) => readinessResponse(readiness, fetchAPI) });
  const { onRequest } = plugin;
  return { ...plugin, onRequest: (payload) => (payload.url.pathname === endpoint ? onRequest?.(payload) : undefined) };
}
