import type { RequestListener, ServerResponse } from 'node:http';
import { ErrorCode } from '../error-codes.ts';
import { rejectionBody } from '../plugins/http-rejection.ts';

// RFC 9110 §7.2: `Host = uri-host [ ":" port ]`, here the characters of a DNS name or an IPv4
// address, or a bracketed IPv6 literal. RFC 3986's reg-name also allows sub-delims and
// percent-encoding, which no real host uses and the URL parser refuses or reads otherwise.
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::[0-9]{1,5})?$/;

/**
 * Whether a `Host` header is refused: present, not empty, and not a host (and an optional port) the
 * URL parser reads as one. No Host at all is node:http's to refuse (HTTP/1.1); an empty one (no
 * authority) is let through, as whatwg-node then uses the local address.
 */
export const refusedHost = (host: string | undefined): boolean =>
  !!host && !(HOST.test(host) && URL.canParse(`http://${host}/`));

/**
 * The path of a request target as node received it, without its query. Read raw: a URL parser
 * would take `//graphql` for a host, and throws on targets such as `http://a:99999/`.
 */
export const targetPath = (target: string | undefined): string => (target ?? '').split('?', 1)[0] ?? '';

function refuse(res: ServerResponse, message: string): void {
  const body = rejectionBody(ErrorCode.BAD_REQUEST, message);
  res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Answers 400, before yoga sees the request, when its URL is not the path it asked for.
 * whatwg-node builds every request's URL as `http://<Host><target>`, so:
 *
 * - a `Host` such as `a/graphql#` turned `GET /health?query=…` into a GraphQL request for every
 *   check of ours (and `a/health#` a POST to /graphql into a health check), past any proxy in
 *   front that allows or routes requests by their path. The Host must be a host.
 * - a target that is not a path (`http://a/graphql`, as sent to a proxy) or a Host the URL parser
 *   refuses (`a:99999`, `999.1.1.1`) made that URL throw before any plugin ran, and whatwg-node
 *   answered 500 with the error's stack: the gateway's file paths.
 */
export function withValidTarget(handler: RequestListener): RequestListener {
  return (req, res) => {
    if (refusedHost(req.headers.host)) return refuse(res, 'The Host header is not a host.');
    if (!req.url?.startsWith('/')) return refuse(res, 'The request target must be a path.');
    handler(req, res);
  };
}
