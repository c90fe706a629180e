import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

// The checks that guard every /graphql request hold for subscriptions too: they run on the HTTP
// request, before yoga knows it will stream.
const ROUTER_SECRET = 'router-secret-0123456789abcdefghijklmnop';
const QUERY = print(ContactChangedDocument);

let stack: Stack;
let headers: Record<string, string>;
beforeAll(async () => {
  stack = await startStack({ env: { ...HS256_ENV, ROUTER_SECRET, MAX_REQUEST_BODY_BYTES: '2048' } });
  headers = { accept: 'text/event-stream', 'router-authorization': ROUTER_SECRET, ...bearer(await hs256Token()) };
});
afterAll(() => stack.close());

const body = (variables: Record<string, unknown> = { instanceId: INSTANCE_ID }) =>
  JSON.stringify({ query: QUERY, variables });

/** Sends the request, keeps the status, code and content type, and never leaves a stream open. */
async function send(init: RequestInit, url = stack.url) {
  const controller = new AbortController();
  const response = await fetch(url, { ...init, signal: controller.signal });
  const type = response.headers.get('content-type') ?? '';
  const code = type.startsWith('application/json')
    ? ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code
    : undefined;
  controller.abort();
  return { status: response.status, type, code };
}

const post = (extra: Record<string, string>, payload = body()) =>
  send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...extra }, body: payload });

describe('a subscription request passes the same HTTP checks as any other', () => {
  it('streams when every check passes', async () => {
    expect(await post({})).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/event-stream/) });
  });

  it('without the router secret: 403', async () => {
    expect(await post({ 'router-authorization': 'guess' })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('with an invalid token: 401', async () => {
    expect(await post({ authorization: 'Bearer not.a.token' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('a body over MAX_REQUEST_BODY_BYTES: 413', async () => {
    expect(await post({}, body({ instanceId: INSTANCE_ID, padding: 'x'.repeat(4096) }))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('a body that is not JSON: 415', async () => {
    expect(await post({ 'content-type': 'text/plain' })).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('a GET (what a browser EventSource sends) needs a CSRF header: 403 without, a stream with', async () => {
    const url = `${stack.url}?${new URLSearchParams({ query: QUERY, variables: JSON.stringify({ instanceId: INSTANCE_ID }) })}`;
    expect(await send({ headers }, url)).toMatchObject({ status: 403 });
    expect(await send({ headers: { ...headers, 'graphql-preflight': '1' } }, url)).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^text\/event-stream/),
    });
  });

  it("only /graphql streams: graphql-sse's separate /graphql/stream is not served (404)", async () => {
    expect(await send({ method: 'PUT', headers }, `${stack.url}/stream`)).toMatchObject({ status: 404 });
  });
});
