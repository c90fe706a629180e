import { print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { createLogger } from '../../src/logger.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token, seconds } from '../support/tokens.ts';
import { rawSocket } from './support/websocket.ts';

const lines: Record<string, unknown>[] = [];
let stack: Stack;
beforeAll(async () => {
  // The most verbose level: nothing the gateway logs about a WebSocket may carry client text.
  const logger = createLogger({
    env: 'production',
    level: 'trace',
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  stack = await startStack({ env: HS256_ENV, logger });
});
afterAll(() => stack.close());

/** A raw graphql-ws connection after connection_init with `authorization`. */
async function initialised(authorization: string) {
  const socket = rawSocket(stack.wsUrl);
  await socket.opened;
  socket.send({ type: 'connection_init', payload: { authorization, note: 'Jane Doe payload' } });
  return socket;
}

it("errors carry a request id and are logged once by code; never the token, the payload, the subscription id, the message's input or an event's values", async () => {
  const refusedToken = 'Bearer not.a.valid-token-Jane';
  const refused = await initialised(refusedToken);
  expect(await refused.closed).toBe(4403);

  const token = await hs256Token({ exp: seconds.now() + 2 });
  const socket = await initialised(`Bearer ${token}`);
  await expect.poll(() => socket.messages).toEqual([{ type: 'connection_ack' }]);
  const query = print(ContactChangedDocument);
  // Client text in the id and in a variable of the wrong type.
  socket.send({
    id: 'id-Jane-Doe',
    type: 'subscribe',
    payload: { query, variables: { instanceId: { x: 'Jane Doe 4242' } } },
  });
  socket.send({ id: 'live', type: 'subscribe', payload: { query, variables: { instanceId: INSTANCE_ID } } });
  await expect.poll(() => socket.messages.some((m) => m.id === 'id-Jane-Doe')).toBe(true);
  const invalid = socket.messages.find((m) => m.id === 'id-Jane-Doe') as { type: string; payload: unknown };
  expect(JSON.stringify(invalid.payload)).toContain('BAD_USER_INPUT');
  expect(JSON.stringify(invalid.payload)).not.toContain('4242');

  const secret = 'Customer Jane Doe, card ending 4242';
  await new Promise((resolve) => setTimeout(resolve, 200));
  await stack.execute(UpdateContactDocument, { input: updateInput({ name: secret }) }, bearer(await hs256Token()));
  await expect.poll(() => JSON.stringify(socket.messages)).toContain(secret);
  // The token expires: TOKEN_EXPIRED with a request id, then complete, then 4403.
  expect(await socket.closed).toBe(4403);
  const last = socket.messages.filter((m) => m.id === 'live' && m.type === 'next').at(-1) as {
    payload: { errors: { extensions: { code: string; requestId: string } }[] };
  };
  expect(last.payload.errors[0]?.extensions.code).toBe('TOKEN_EXPIRED');
  const { requestId } = last.payload.errors[0]?.extensions ?? {};
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(lines.filter((l) => l.requestId === requestId)).toEqual([
    expect.objectContaining({ level: 40, msg: 'graphql error', code: 'TOKEN_EXPIRED', transport: 'websocket' }),
  ]);
  const logged = JSON.stringify(lines);
  for (const clientText of ['Jane', '4242', token, 'not.a.valid']) expect(logged).not.toContain(clientText);
  expect(lines.some((l) => l.msg === 'bearer token refused')).toBe(true);
});
