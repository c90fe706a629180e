import { describe, expect, it } from 'vitest';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const MUTATION = `mutation { updateContact(input: { instanceId: "${INSTANCE_ID}", contactId: "${ONGOING_CONTACT_ID}", name: "n" }) { __typename } }`;

const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...headers } });

describe('HTTP methods and content types', () => {
  it('never runs a mutation over GET (405), even with the CSRF header', async () => {
    const response = await get(MUTATION, { 'x-graphql-yoga-csrf': '1' });
    expect(response.status).toBe(405);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses a GET query without a preflight-forcing header (CSRF, 403) and runs it with one', async () => {
    expect((await get('{ __typename }')).status).toBe(403);
    expect((await get('{ __typename }', { 'apollo-require-preflight': 'true' })).status).toBe(200);
  });

  it.each([
    ['text/plain', JSON.stringify({ query: MUTATION })],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(MUTATION)}`],
    [
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: MUTATION })}\r\n--x--\r\n`,
    ],
    ['application/graphql', MUTATION],
  ])('answers 415 to a %s POST, without calling Connect', async (contentType, body) => {
    const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(415);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('accepts application/json with a charset', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: MUTATION }),
    });
    expect(response.status).toBe(200);
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });
});
