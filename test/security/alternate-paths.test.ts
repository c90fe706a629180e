import { describe, expect, it } from 'vitest';
import { updateInput } from '../support/fixtures.ts';
import { startStack, useStack } from '../support/stack.ts';
import { HS256_ENV, ROUTER_SECRET } from '../support/tokens.ts';
import { UPDATE_NAME } from './support/documents.ts';
import { rawRequest } from './support/raw-http.ts';

// Spellings of the endpoint that yoga alone would execute GraphQL for (its route check matches the
// URL's ending), or that a proxy might normalise to /graphql.
const VARIANTS = [
  '/graphql/',
  '//graphql',
  '///graphql',
  '/x/graphql',
  '/?a=/graphql',
  '/graphql;x',
  '/%2Fgraphql',
  '/graphql%2F',
  '/x%2Fgraphql',
  '/GRAPHQL',
  '/graphql/.',
];

const UPDATE_BODY = JSON.stringify({
  query: UPDATE_NAME,
  variables: { input: updateInput({ name: 'via another path' }) },
});
const READ = `{ contact(instanceId: "${updateInput().instanceId}", contactId: "${updateInput().contactId}") { __typename } }`;

function expectNotFound(answer: { status: number; body: string }) {
  expect(answer.status).toBe(404);
  expect(answer.body).not.toContain('"data"');
}

describe('only /graphql executes GraphQL: every other spelling answers 404, in every configuration', () => {
  describe('AUTH_DISABLED=true with ROUTER_SECRET', () => {
    const stack = useStack({ env: { AUTH_DISABLED: 'true', ROUTER_SECRET } });

    it.each(VARIANTS)('POST %s without the router secret: 404, Connect not called', async (path) => {
      const answer = await rawRequest(stack.url, {
        path,
        headers: { 'content-type': 'application/json' },
        body: UPDATE_BODY,
      });
      expectNotFound(answer);
      expect(stack.connectCalls()).toHaveLength(0);
    });

    it.each(VARIANTS)('GET %s?query=… : 404, Connect not called', async (path) => {
      const separator = path.includes('?') ? '&' : '?';
      const answer = await rawRequest(stack.url, {
        method: 'GET',
        path: `${path}${separator}query=${encodeURIComponent(READ)}`,
      });
      expectNotFound(answer);
      expect(stack.connectCalls()).toHaveLength(0);
    });

    it('the exact path still refuses a caller without the router secret', async () => {
      const answer = await rawRequest(stack.url, {
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: UPDATE_BODY,
      });
      expect(answer.status).toBe(403);
      expect(stack.connectCalls()).toHaveLength(0);
    });
  });

  describe('JWT authentication with ROUTER_SECRET', () => {
    const stack = useStack({ env: { ...HS256_ENV, ROUTER_SECRET } });

    it.each(VARIANTS)('`_service` on %s without the router secret: 404', async (path) => {
      const answer = await rawRequest(stack.url, {
        path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expectNotFound(answer);
      expect(answer.body).not.toContain('type Contact');
    });

    it.each(VARIANTS)('an application/graphql body on %s: 404, never executed', async (path) => {
      const answer = await rawRequest(stack.url, {
        path,
        headers: { 'content-type': 'application/graphql', 'router-authorization': ROUTER_SECRET },
        body: '{ _service { sdl } }',
      });
      expectNotFound(answer);
    });

    it.each(VARIANTS)('a forged bearer token on %s: 404, Connect not called', async (path) => {
      const answer = await rawRequest(stack.url, {
        path,
        headers: {
          'content-type': 'application/json',
          'router-authorization': ROUTER_SECRET,
          authorization: 'Bearer a.b.c',
        },
        body: UPDATE_BODY,
      });
      expectNotFound(answer);
      expect(stack.connectCalls()).toHaveLength(0);
    });

    it.each(VARIANTS)('a chunked body on %s is answered 404 before it is read', async (path) => {
      // The body is never ended: only an answer that does not wait for it can arrive.
      const answer = await rawRequest(stack.url, {
        path,
        headers: { 'content-type': 'application/json', 'router-authorization': ROUTER_SECRET },
        body: `{"query":"${' '.repeat(64 * 1024)}`,
        open: true,
      });
      expectNotFound(answer);
    });

    it('the exact path answers 411 to a chunked body, before reading it', async () => {
      const answer = await rawRequest(stack.url, {
        path: '/graphql',
        headers: { 'content-type': 'application/json', 'router-authorization': ROUTER_SECRET },
        body: '{"query":"',
        open: true,
      });
      expect(answer.status).toBe(411);
    });
  });

  it('/health and /ready keep answering; /metrics is not on this port', async () => {
    const stack = await startStack({ env: { ...HS256_ENV, ROUTER_SECRET } });
    try {
      expect((await rawRequest(stack.url, { method: 'GET', path: '/health' })).status).toBe(200);
      expect((await rawRequest(stack.url, { method: 'GET', path: '/ready' })).status).toBe(200);
      expect((await rawRequest(stack.url, { method: 'GET', path: '/metrics' })).status).toBe(404);
      // Only the path itself reports readiness: yoga's plugin alone answers any URL ending in /ready.
      const graphql = await rawRequest(stack.url, {
        method: 'GET',
        path: '/graphql?query=%7B__typename%7D&x=/ready',
        headers: { 'router-authorization': ROUTER_SECRET, 'graphql-preflight': '1' },
      });
      expect(graphql.body).toBe('{"data":{"__typename":"Query"}}');
    } finally {
      await stack.close();
    }
  });

  describe('the URL is the path asked for: a Host that is not a host, or a target that is not a path, is a 400 before anything else', () => {
    const stack = useStack({ env: { AUTH_DISABLED: 'true' } });
    const port = () => new URL(stack.url).port;
    // Before: `a/graphql#` made GET /health?query=… a GraphQL request (whatwg-node builds the URL as
    // http://<Host><target>), and the rest answered 500 with a stack trace of the gateway's files.
    const HOSTS = ['a/graphql#', 'a/graphql?', 'a/health#', 'a?b', 'a#b', 'user@a', 'a\\b', 'a b', 'a%2Fb'];
    const UNPARSABLE = ['a:99999', '999.1.1.1', '[1]', '[::1', ':4000'];

    it.each([...HOSTS, ...UNPARSABLE])('Host %s', async (host) => {
      for (const request of [
        { method: 'GET', path: '/health?query=%7B__typename%7D' },
        { method: 'GET', path: `/graphql?query=${encodeURIComponent(READ)}` },
        { path: '/graphql', headers: { 'content-type': 'application/json' }, body: UPDATE_BODY },
      ]) {
        const answer = await rawRequest(stack.url, {
          ...request,
          headers: { ...request.headers, host, 'graphql-preflight': '1' },
        });
        expect(answer.status).toBe(400);
        expect(JSON.parse(answer.body)).toEqual({
          errors: [{ message: 'The Host header is not a host.', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      expect(stack.connectCalls()).toHaveLength(0);
    });

    it.each([
      ['GET', `http://a/graphql?query=${encodeURIComponent(READ)}`],
      ['GET', 'http://a:99999/graphql'],
      ['OPTIONS', '*'],
    ])('%s %s', async (method, path) => {
      const answer = await rawRequest(stack.url, { method, path, headers: { 'graphql-preflight': '1' } });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: 'The request target must be a path.', extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(stack.connectCalls()).toHaveLength(0);
    });

    it.each(['127.0.0.1', 'localhost', '[::1]', 'gateway.internal', 'contact_gateway'])(
      'Host %s, with and without a port, is a host',
      async (host) => {
        for (const value of [host, `${host}:${port()}`]) {
          const answer = await rawRequest(stack.url, {
            method: 'GET',
            path: '/graphql?query=%7B__typename%7D',
            headers: { host: value, 'graphql-preflight': '1' },
          });
          expect(answer.body, value).toBe('{"data":{"__typename":"Query"}}');
        }
      },
    );

    it('an empty Host (no authority) is let through', async () => {
      const answer = await rawRequest(stack.url, {
        method: 'GET',
        path: '/graphql?query=%7B__typename%7D',
        headers: { host: '', 'graphql-preflight': '1' },
      });
      expect(answer.body).toBe('{"data":{"__typename":"Query"}}');
    });
  });

  describe("only /health itself answers liveness (yoga's own health check answers any URL ending in /health)", () => {
    const stack = useStack({ env: { ...HS256_ENV, ROUTER_SECRET } });

    it.each(['/x/health', '//health', '/health/', '/?a=/health', '/ready/health'])('GET %s: 404', async (path) => {
      expectNotFound(await rawRequest(stack.url, { method: 'GET', path }));
    });

    it.each(['GET', 'HEAD'])('%s /health: 200, no body', async (method) => {
      const answer = await rawRequest(stack.url, { method, path: '/health' });
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('');
    });

    it('a GraphQL request whose URL ends in /health is executed, not answered as a health check', async () => {
      const headers = { 'router-authorization': ROUTER_SECRET, 'graphql-preflight': '1' };
      const get = await rawRequest(stack.url, {
        method: 'GET',
        path: '/graphql?query=%7B__typename%7D&x=/health',
        headers,
      });
      expect(get.body).toBe('{"data":{"__typename":"Query"}}');
      const post = await rawRequest(stack.url, {
        path: '/graphql?x=/health',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(post.body).toBe('{"data":{"__typename":"Query"}}');
    });
  });
});
