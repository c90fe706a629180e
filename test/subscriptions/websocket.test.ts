import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token, seconds, unsignedToken } from '../support/tokens.ts';
import { eventually, metric } from './support/metrics.ts';
import { codesOf, connectWs, subscribeWs, type WsConnection } from './support/websocket.ts';

const UNLISTED_INSTANCE_ID = '00000000-2222-4333-8444-555555555555';

let stack: Stack;
const open: WsConnection[] = [];
beforeAll(async () => {
  stack = await startStack({ env: { ...HS256_ENV, CONNECT_INSTANCE_IDS: INSTANCE_ID } });
});
beforeEach(() => stack.emulator.resetCalls());
afterEach(async () => {
  for (const connection of open.splice(0)) await connection.dispose();
});
afterAll(async () => {
  await stack.close();
});

async function connect(authorization?: string) {
  const connection = connectWs(stack.wsUrl, authorization === undefined ? {} : { authorization });
  open.push(connection);
  return connection;
}
const token = async (claims = {}) => `Bearer ${await hs256Token(claims)}`;
const openStreams = () => metric(stack.metricsUrl, 'subscription_streams_open{transport="websocket"}');
const refusedConnections = (reason: string) =>
  metric(stack.metricsUrl, `websocket_connections_refused_total{reason="${reason}"}`);

describe('graphql-ws over WebSocket on /graphql', () => {
  it('delivers each change to a subscriber whose connection_init carries a valid token, as SSE does', async () => {
    const { client, connected } = await connect(await token());
    await connected;
    const changes = subscribeWs(client, ContactChangedDocument, { instanceId: INSTANCE_ID });
    await eventually(async () => (await openStreams()) === 1);
    const answer = await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ name: 'seen over WebSocket' }) },
      bearer(await hs256Token()),
    );
    expect(answer.data?.updateContact.__typename).toBe('UpdateContactSuccess');
    const event = await changes.next();
    expect(event.kind).toBe('next');
    if (event.kind !== 'next') return;
    expect(event.data.errors).toBeUndefined();
    expect(event.data.data?.contactChanged).toMatchObject({
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
      operation: 'updateContact',
    });
    expect(await metric(stack.metricsUrl, 'subscription_events_delivered_total{transport="websocket"}')).toBe(1);
    // The client completes: the stream is released (reason client), its place given back.
    changes.unsubscribe();
    await eventually(async () => (await openStreams()) === 0);
    expect(
      await metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="client",transport="websocket"}'),
    ).toBe(1);
  });

  it('refuses connection_init without a token, with a malformed one, a forged one or an expired one: close 4403', async () => {
    const before = await refusedConnections('unauthenticated');
    const expired = await hs256Token({ exp: seconds.now() - 120 });
    const forged = unsignedToken({ sub: 'user-1', scope: 'contacts:read', exp: seconds.now() + 300 });
    for (const authorization of [undefined, 'Basic abc', `Bearer ${expired}`, `Bearer ${forged}`]) {
      const { closed } = await connect(authorization);
      expect(await closed).toBe(4403);
    }
    expect(await refusedConnections('unauthenticated')).toBe(before + 4);
    expect(stack.connectCalls()).toEqual([]);
  });

  it('applies the scopes: a token without contacts:read subscribes to FORBIDDEN, then complete', async () => {
    const { client } = await connect(await token({ scope: 'contacts:write' }));
    const refused = subscribeWs(client, ContactChangedDocument, { instanceId: INSTANCE_ID });
    const first = await refused.next();
    expect(codesOf(first)).toEqual(['FORBIDDEN']);
    expect(await refused.next()).toEqual({ kind: 'complete' });
  });

  it('applies CONNECT_INSTANCE_IDS: an unlisted instance is refused FORBIDDEN', async () => {
    const { client } = await connect(await token());
    const refused = subscribeWs(client, ContactChangedDocument, { instanceId: UNLISTED_INSTANCE_ID });
    expect(codesOf(await refused.next())).toEqual(['FORBIDDEN']);
    expect(await refused.next()).toEqual({ kind: 'complete' });
  });

  it('ends a stream at its token exp with TOKEN_EXPIRED, then closes the connection 4403 for a fresh token', async () => {
    // jose allows 30 s of clock skew past exp at verification; the stream ends at exp itself.
    const { client, closed } = await connect(await token({ exp: seconds.now() + 2 }));
    const changes = subscribeWs(client, ContactChangedDocument, { instanceId: INSTANCE_ID });
    const last = await changes.next(5_000);
    expect(codesOf(last)).toEqual(['TOKEN_EXPIRED']);
    expect(await changes.next()).toEqual({ kind: 'complete' });
    expect(await closed).toBe(4403);
    expect(
      await metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="token_expired",transport="websocket"}'),
    ).toBe(1);
  });

  it('serves subscriptions only: a query or mutation over WebSocket is refused BAD_REQUEST and never reaches Connect', async () => {
    const { client } = await connect(await token());
    const mutation = subscribeWs(client, UpdateContactDocument, { input: updateInput({ name: 'over ws' }) });
    const refused = await mutation.next();
    expect(refused.kind).toBe('error');
    expect(codesOf(refused)).toEqual(['BAD_REQUEST']);
    expect(stack.connectCalls()).toEqual([]);
  });

  it('applies the operation limits (graphql-armor) and the variables depth limit of HTTP', async () => {
    const { client } = await connect(await token());
    const deep = subscribeWs(
      client,
      `subscription { contactChanged(instanceId: "${INSTANCE_ID}") { ${'__typename '.repeat(1_000)} } }`,
      {},
    );
    const tokens = await deep.next();
    expect(tokens.kind).toBe('error');
    expect(JSON.stringify(tokens)).toContain('Token limit of 1000 exceeded');
    let nested: unknown = 'x';
    for (let level = 0; level < 70; level++) nested = [nested];
    const variables = subscribeWs(client, ContactChangedDocument, { instanceId: INSTANCE_ID, deep: nested } as never);
    const depth = await variables.next();
    expect(codesOf(depth)).toEqual(['VARIABLES_TOO_DEEP']);
  });

  it('keeps input values out of error messages, as over HTTP', async () => {
    const { client } = await connect(await token());
    const wrong = subscribeWs(client, ContactChangedDocument, { instanceId: { secret: 'card 5555' } } as never);
    const event = await wrong.next();
    expect(JSON.stringify(event)).not.toContain('5555');
  });
});
