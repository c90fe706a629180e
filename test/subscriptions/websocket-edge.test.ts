import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { ROUTER_SECRET } from '../support/tokens.ts';
import { metric } from './support/metrics.ts';
import { rawConnection } from './support/raw-stream.ts';
import { rawSocket } from './support/websocket.ts';

const APP_ORIGIN = 'https://app.example';
const MAX_BYTES = 1024;

/** A connection_init message of exactly `bytes` bytes (UTF-8), padded in its payload. */
function initOfBytes(bytes: number): string {
  const empty = JSON.stringify({ type: 'connection_init', payload: { pad: '' } });
  return JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(bytes - empty.length) } });
}

describe('the upgrade obeys the HTTP edge rules', () => {
  const stack = useStack({ env: { CORS_ORIGINS: APP_ORIGIN, MAX_REQUEST_BODY_BYTES: String(MAX_BYTES) } });
  const refused = (reason: string) =>
    metric(stack.metricsUrl, `websocket_connections_refused_total{reason="${reason}"}`);

  it('only exactly /graphql upgrades (the route guard rule); /graphql/, //graphql, /x/graphql, /health answer 404', async () => {
    const base = stack.wsUrl.replace(/\/graphql$/, '');
    for (const path of ['/graphql/', '//graphql', '/x/graphql', '/health', '/graphql%2F'])
      expect(await rawSocket(`${base}${path}`).status, path).toBe(404);
    expect(await refused('not_found')).toBe(5);
    const good = rawSocket(`${base}/graphql?x=1`);
    expect(await good.status).toBe(101);
    good.socket.close();
  });

  it('refuses a browser upgrade from an origin outside CORS_ORIGINS (403); allows listed, same-origin and Origin-less ones', async () => {
    const evil = rawSocket(stack.wsUrl, { headers: { origin: 'https://evil.example' } });
    expect(await evil.status).toBe(403);
    expect(await rawSocket(stack.wsUrl, { headers: { origin: 'null' } }).status).toBe(403);
    expect(await refused('origin')).toBe(2);
    const own = new URL(stack.url);
    const cases: Record<string, string>[] = [{ origin: APP_ORIGIN }, { origin: `http://${own.host}` }, {}];
    for (const headers of cases) {
      const allowed = rawSocket(stack.wsUrl, { headers });
      expect(await allowed.status, JSON.stringify(headers)).toBe(101);
      allowed.send({ type: 'connection_init' });
      await expect.poll(() => allowed.messages).toEqual([{ type: 'connection_ack' }]);
      allowed.socket.close();
    }
  });

  it('speaks graphql-transport-ws only: a socket without that subprotocol is closed 4406', async () => {
    const other = rawSocket(stack.wsUrl, { protocol: null });
    expect(await other.closed).toBe(4406);
  });

  it(`accepts a message of MAX_REQUEST_BODY_BYTES (${MAX_BYTES}) bytes; one byte more closes the socket 1009`, async () => {
    const fits = rawSocket(stack.wsUrl);
    await fits.opened;
    fits.socket.send(initOfBytes(MAX_BYTES));
    await expect.poll(() => fits.messages).toEqual([{ type: 'connection_ack' }]);
    fits.socket.close();
    const tooBig = rawSocket(stack.wsUrl);
    await tooBig.opened;
    tooBig.socket.send(initOfBytes(MAX_BYTES + 1));
    expect(await tooBig.closed).toBe(1009);
    expect(tooBig.messages).toEqual([]);
  });

  it('closes a connection without connection_init within 3 s: 4408', async () => {
    const silent = rawSocket(stack.wsUrl);
    await silent.opened;
    const started = performance.now();
    expect(await silent.closed).toBe(4408);
    expect(performance.now() - started).toBeGreaterThan(2_500);
  });

  it('answers an upgrade whose Host is not a host with 400, as for every HTTP request', async () => {
    for (const host of ['a/graphql#', 'a:99999']) {
      const { socket, received } = await rawConnection(stack.url);
      socket.write(
        `GET /graphql HTTP/1.1\r\nhost: ${host}\r\nconnection: upgrade\r\nupgrade: websocket\r\n` +
          'sec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
          'sec-websocket-protocol: graphql-transport-ws\r\n\r\n',
      );
      await expect.poll(() => received()).toMatch(/^HTTP\/1\.1 400 /);
      socket.destroy();
    }
    expect(await refused('host')).toBe(2);
  });

  it('answers an Upgrade other than websocket on /graphql with 400', async () => {
    const { socket, received } = await rawConnection(stack.url);
    const { host } = new URL(stack.url);
    socket.write(`GET /graphql HTTP/1.1\r\nhost: ${host}\r\nconnection: upgrade\r\nupgrade: h2c\r\n\r\n`);
    await expect.poll(() => received()).toMatch(/^HTTP\/1\.1 400 /);
    socket.destroy();
  });

  it('closes a second connection_init 4429', async () => {
    const socket = rawSocket(stack.wsUrl);
    await socket.opened;
    socket.send({ type: 'connection_init' });
    socket.send({ type: 'connection_init' });
    expect(await socket.closed).toBe(4429);
  });

  it('closes a binary message 4400 and a message that is not graphql-ws 4400', async () => {
    for (const message of [Buffer.from([1, 2, 3]), '{"type":"hello"}']) {
      const socket = rawSocket(stack.wsUrl);
      await socket.opened;
      socket.socket.send(message);
      expect(await socket.closed).toBe(4400);
    }
  });

  it('pings every 300 ms under NODE_ENV=test (12 s otherwise) and cuts a peer that does not answer', async () => {
    const live = rawSocket(stack.wsUrl);
    let pings = 0;
    live.socket.on('ping', () => pings++);
    await live.opened;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(pings).toBeGreaterThanOrEqual(2);
    expect(live.socket.readyState).toBe(live.socket.OPEN);
    live.socket.close();
    const mute = rawSocket(stack.wsUrl, { autoPong: false });
    await mute.opened;
    const started = performance.now();
    expect(await mute.closed).toBe(1006);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('HTTP timeouts', () => {
  const stack = useStack({
    env: { HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '500', HTTP_KEEP_ALIVE_TIMEOUT_MS: '300' },
  });

  it("do not cut an upgraded connection: a WebSocket outlives HTTP_REQUEST_TIMEOUT_MS and HTTP's keep-alive timeout", async () => {
    const socket = rawSocket(stack.wsUrl);
    await socket.opened;
    socket.send({ type: 'connection_init' });
    await expect.poll(() => socket.messages).toEqual([{ type: 'connection_ack' }]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    socket.send({ type: 'ping' });
    await expect.poll(() => socket.messages.at(-1)).toEqual({ type: 'pong' });
    socket.socket.close();
  });
});

describe('draining (what SIGTERM starts)', () => {
  const stack = useStack();

  it('closes an idle connection 1001 at once and refuses new upgrades with 503', async () => {
    const idle = rawSocket(stack.wsUrl);
    await idle.opened;
    idle.send({ type: 'connection_init' });
    await expect.poll(() => idle.messages).toEqual([{ type: 'connection_ack' }]);
    stack.websockets.drain();
    expect(await idle.closed).toBe(1001);
    expect(await rawSocket(stack.wsUrl).status).toBe(503);
    expect(await metric(stack.metricsUrl, 'websocket_connections_refused_total{reason="draining"}')).toBe(1);
  });
});

describe('with ROUTER_SECRET', () => {
  const stack = useStack({ env: { ROUTER_SECRET } });

  it('an upgrade without the router-authorization header, or with another value, is refused 403', async () => {
    expect(await rawSocket(stack.wsUrl).status).toBe(403);
    expect(await rawSocket(stack.wsUrl, { headers: { 'router-authorization': `${ROUTER_SECRET}x` } }).status).toBe(403);
    const router = rawSocket(stack.wsUrl, { headers: { 'router-authorization': ROUTER_SECRET } });
    expect(await router.status).toBe(101);
    router.socket.close();
    expect(await metric(stack.metricsUrl, 'websocket_connections_refused_total{reason="router_secret"}')).toBe(2);
  });
});

describe('with HTTP_MAX_CONNECTIONS=2', () => {
  const stack = useStack({ env: { HTTP_MAX_CONNECTIONS: '2' } });

  it('WebSocket connections count: a third is dropped while two are open, and served once one closes', async () => {
    const first = rawSocket(stack.wsUrl);
    const second = rawSocket(stack.wsUrl);
    await Promise.all([first.opened, second.opened]);
    const third = rawSocket(stack.wsUrl);
    expect(await third.status).toBe(-1);
    first.socket.close();
    await first.closed;
    await expect
      .poll(
        async () => {
          const again = rawSocket(stack.wsUrl);
          const status = await again.status;
          again.socket.close();
          return status;
        },
        { timeout: 3_000 },
      )
      .toBe(101);
    second.socket.close();
  });
});
