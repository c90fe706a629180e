import { describe, expect, it } from 'vitest';
import { type Stack, useStack } from '../support/stack.ts';

const APP = 'https://app.example.com';
const EVIL = 'https://evil.example.net';

const preflight = (stack: Stack, origin: string) =>
  fetch(stack.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
const post = (stack: Stack, origin: string) => stack.post({ query: '{ __typename }' }, { origin });

describe('CORS', () => {
  const closed = useStack();
  const open = useStack({ env: { CORS_ORIGINS: `${APP}, https://admin.example.com` } });

  it('sends no CORS headers by default, whatever the Origin', async () => {
    for (const response of [await preflight(closed, APP), await post(closed, EVIL)])
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a listed origin, without credentials', async () => {
    const response = await preflight(open, APP);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect((await post(open, APP)).headers.get('access-control-allow-origin')).toBe(APP);
  });

  it("says `Vary: Origin` whenever CORS is on, so caches keep one origin's answer from another", async () => {
    for (const response of [
      await preflight(open, APP),
      await post(open, APP),
      await post(open, EVIL),
      await post(open, ''),
    ])
      expect(response.headers.get('vary') ?? '').toMatch(/(^|,)\s*Origin\s*(,|$)/i);
  });

  it('lets a browser send every CSRF header and x-request-id, and read x-request-id back', async () => {
    const response = await fetch(open.url, {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'graphql-preflight, x-request-id',
      },
    });
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of [
      'graphql-preflight',
      'apollo-require-preflight',
      'x-graphql-yoga-csrf',
      'x-request-id',
      'authorization',
    ])
      expect(allowed).toContain(header);
    expect((await post(open, APP)).headers.get('access-control-expose-headers')?.toLowerCase()).toContain(
      'x-request-id',
    );
  });

  it("answers a preflight to any path as /graphql's (yoga's CORS runs before the route guard); the request itself is refused", async () => {
    const elsewhere = `${new URL(open.url).origin}/x/graphql`;
    const answer = await fetch(elsewhere, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await answer.text()).toBe('');
    const request = await fetch(elsewhere, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(request.status).toBe(404);
    expect(open.connectCalls()).toHaveLength(0);
  });

  it('does not echo an origin that is not listed', async () => {
    expect((await preflight(open, EVIL)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(open, EVIL)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
