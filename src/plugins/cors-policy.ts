import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { REQUEST_ID_HEADER } from '../server/request-scope.ts';
import { CSRF_HEADERS } from './security-plugins.ts';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

/**
 * yoga's default CORS echoes any Origin with credentials. Here: no CORS headers at all unless
 * CORS_ORIGINS lists the origin; then that origin only, no cookies (tokens travel in Authorization).
 */
export function corsPolicy(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', REQUEST_ID_HEADER, ...CSRF_HEADERS],
      // A cross-origin frontend can read the id to quote it in a support request.
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    };
  };
}

/**
 * With CORS on, answers differ by the request's Origin (an allowed origin gets its own
 * access-control-allow-origin): `Vary: Origin` keeps shared caches from serving one origin's
 * answer to another.
 */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (vary === null || !/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.append('vary', 'Origin');
    },
  };
}
