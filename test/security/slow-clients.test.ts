import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { useStack } from '../support/stack.ts';

const LIMITS = {
  HTTP_HEADERS_TIMEOUT_MS: '500',
  HTTP_REQUEST_TIMEOUT_MS: '1000',
  HTTP_KEEP_ALIVE_TIMEOUT_MS: '300',
  HTTP_MAX_CONNECTIONS: '4',
};
// Node checks the header and request timeouts once a second (connectionsCheckingInterval).
const CHECK_MS = 1_000;

interface Connection {
  socket: Socket;
  /** Everything the server sent. */
  received: () => string;
  /** Milliseconds from connecting until the server closed the connection. */
  closed: Promise<number>;
}

async function open(url: string): Promise<Connection> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const started = performance.now();
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now() - started)));
  return { socket, received: () => text, closed };
}

/** Writes `parts` one every `everyMs` until the socket is closed or the parts run out. */
async function trickle(connection: Connection, parts: string[], everyMs: number) {
  for (const part of parts) {
    if (connection.socket.destroyed) return;
    connection.socket.write(part);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

describe('slow and idle clients (HTTP_* limits)', () => {
  const stack = useStack({ env: LIMITS });

  it('closes a connection that never sends its headers', async () => {
    const connection = await open(stack.url);
    expect(await connection.closed).toBeLessThan(500 + CHECK_MS + 500);
  });

  it('closes a client trickling header lines past HTTP_HEADERS_TIMEOUT_MS', async () => {
    const connection = await open(stack.url);
    const lines = [
      'POST /graphql HTTP/1.1\r\nHost: x\r\n',
      ...Array.from({ length: 40 }, (_, i) => `x-slow-${i}: 1\r\n`),
    ];
    void trickle(connection, lines, 100);
    expect(await connection.closed).toBeLessThan(500 + CHECK_MS + 500);
    expect(connection.received()).toMatch(/^(HTTP\/1\.1 408|$)/);
  });

  it('closes a client trickling its body past HTTP_REQUEST_TIMEOUT_MS', async () => {
    const connection = await open(stack.url);
    connection.socket.write(
      'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n',
    );
    void trickle(
      connection,
      Array.from({ length: 60 }, () => '          '),
      100,
    );
    const closedAfter = await connection.closed;
    expect(closedAfter).toBeGreaterThan(900);
    expect(closedAfter).toBeLessThan(1000 + CHECK_MS + 500);
  });

  it('serves a client that sends its request in time, then closes the idle keep-alive connection', async () => {
    const connection = await open(stack.url);
    connection.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    const closedAfter = await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 200/);
    // Node 24 adds keepAliveTimeoutBuffer (1 s) to the keep-alive timeout for the socket itself.
    expect(closedAfter).toBeGreaterThan(300);
    expect(closedAfter).toBeLessThan(300 + 1_000 + 700);
  });

  it(`drops connections past HTTP_MAX_CONNECTIONS (${LIMITS.HTTP_MAX_CONNECTIONS}) as they arrive`, async () => {
    const held = await Promise.all(Array.from({ length: 4 }, () => open(stack.url)));
    const extra = await open(stack.url);
    expect(await extra.closed).toBeLessThan(300);
    for (const connection of held) expect(connection.socket.destroyed).toBe(false);
    for (const connection of held) connection.socket.destroy();
    await Promise.all(held.map((connection) => connection.closed));
    // Freed places are usable again.
    const again = await open(stack.url);
    again.socket.write('GET /health HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n');
    await again.closed;
    expect(again.received()).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('HTTP limit configuration', () => {
  it('defaults: 10 s for headers, 30 s for the request, 5 s keep-alive, 1,000 connections', () => {
    expect(loadConfig({}).http).toMatchObject({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
    });
  });

  it.each([
    ['HTTP_HEADERS_TIMEOUT_MS', '100', '30000', '99'],
    ['HTTP_REQUEST_TIMEOUT_MS', '10000', '600000', '600001'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', '100', '600000', '99'],
    ['HTTP_MAX_CONNECTIONS', '1', '1000000', '0'],
  ])('%s accepts %s and %s, refuses %s naming the variable', (name, low, high, bad) => {
    expect(() => loadConfig({ [name]: low })).not.toThrow();
    expect(() => loadConfig({ [name]: high })).not.toThrow();
    expect(() => loadConfig({ [name]: bad })).toThrow(new RegExp(`^invalid configuration: ${name}`, 'm'));
  });

  it('refuses headers that may take longer than the whole request', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '2000' })).not.toThrow();
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '2001', HTTP_REQUEST_TIMEOUT_MS: '2000' })).toThrow(ConfigError);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '2001', HTTP_REQUEST_TIMEOUT_MS: '2000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS must not exceed/,
    );
  });
});
