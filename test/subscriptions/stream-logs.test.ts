import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { createLogger } from '../../src/logger.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token, seconds } from '../support/tokens.ts';
import { subscribe } from './support/sse.ts';

const lines: Record<string, unknown>[] = [];
let stack: Stack;
beforeAll(async () => {
  // The most verbose level: nothing the gateway logs about a stream may carry a contact value.
  const logger = createLogger({
    env: 'production',
    level: 'trace',
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  stack = await startStack({ env: HS256_ENV, logger });
});
afterAll(() => stack.close());

it("a stream's errors carry the request id and are logged once, with their code; contact values in events never are", async () => {
  const token = await hs256Token({ exp: seconds.now() + 2 });
  const stream = await subscribe(
    stack.url,
    ContactChangedDocument,
    { instanceId: INSTANCE_ID },
    { ...bearer(token), 'x-request-id': 'stream-1' },
  );
  const secret = 'Customer Jane Doe, card ending 4242';
  await stack.execute(UpdateContactDocument, { input: updateInput({ name: secret }) }, bearer(await hs256Token()));
  const change = await stream.next();
  expect(JSON.stringify(change)).toContain(secret);

  const last = await stream.next(4_000);
  expect(last.event === 'next' && last.data.errors?.[0]?.extensions).toEqual({
    code: 'TOKEN_EXPIRED',
    requestId: 'stream-1',
  });
  const logged = lines.filter((l) => l.requestId === 'stream-1');
  expect(logged).toEqual([
    expect.objectContaining({ level: 40, msg: 'graphql error', code: 'TOKEN_EXPIRED', path: ['contactChanged'] }),
  ]);
  expect(JSON.stringify(lines)).not.toContain('Jane Doe');
});
