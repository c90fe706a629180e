import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import { targetPath } from './request-target.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Serves `GET /metrics` from `registry` on a listener of its own, so the GraphQL port never exposes
 * it. With `token`, a scrape must send `Authorization: Bearer <token>` (Prometheus:
 * `authorization: { credentials: <token> }`), compared in constant time; anything else is 404.
 */
export function createMetricsServer(registry: Registry, token?: string): Server {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return createServer(async (request, response) => {
    // The raw target: parsed as a URL, one such as `http://a:99999/` threw, and the request hung.
    if (targetPath(request.url) !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    const presented = request.headers.authorization;
    if (expected !== undefined && (presented === undefined || !timingSafeEqual(digest(presented), expected))) {
      response.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
      return;
    }
    const body = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}
