import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const LIMIT = 1024 * 1024; // the default MAX_REQUEST_BODY_BYTES

const stack = useStack();

/** A valid updateContact request padded with JSON whitespace to exactly `bytes` bytes. */
function bodyOf(bytes: number): string {
  const json = JSON.stringify({
    query: 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }',
    variables: { i: updateInput({ name: 'n' }) },
  });
  return `${json.slice(0, -1)}${' '.repeat(bytes - Buffer.byteLength(json))}}`;
}

const send = (body: string) =>
  fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A POST whose body is streamed in chunks, with no content-length. */
function sendChunked(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    req.end(body.slice(10));
  });
}

describe('request body limit (content-length, before reading)', () => {
  it(`accepts a body of exactly ${LIMIT} bytes`, async () => {
    const response = await send(bodyOf(LIMIT));
    expect(response.status).toBe(200);
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it(`answers 413 to ${LIMIT + 1} bytes, without calling Connect`, async () => {
    const response = await send(bodyOf(LIMIT + 1));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('answers 411 to a chunked body without content-length, without calling Connect', async () => {
    expect(await sendChunked(bodyOf(1000))).toBe(411);
    expect(stack.connectCalls()).toHaveLength(0);
  });
});
