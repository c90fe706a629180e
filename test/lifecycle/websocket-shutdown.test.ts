import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import { rawSocket } from '../subscriptions/support/websocket.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { againstEmulator, jsonLine, type NodeProcess, startNode } from './processes.ts';

// The gateway as operators run it (node src/main.ts), with WebSocket subscribers when SIGTERM comes.
let emulator: NodeProcess;
let gateway: NodeProcess;
let wsUrl: string;

beforeAll(async () => {
  emulator = startNode(['packages/connect-emulator/src/main.ts'], { EMULATOR_PORT: '0' });
  const ready = await emulator.waitForLine((l) => l.startsWith('Connect emulator at '));
  const emulatorUrl = /(http:\/\/[^\s]+)/.exec(ready)?.[1] ?? '';
  gateway = startNode(['src/main.ts'], againstEmulator(emulatorUrl));
  const listening = jsonLine(await gateway.waitForLine((l) => jsonLine(l)?.port !== undefined));
  wsUrl = `ws://127.0.0.1:${String(listening?.port)}/graphql`;
}, 40_000);

afterAll(async () => {
  gateway?.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
});

/** A graphql-ws subscriber on a raw socket: connection_init, ack, then subscribe. */
async function subscriber() {
  const socket = rawSocket(wsUrl);
  await socket.opened;
  socket.send({ type: 'connection_init' });
  await expect.poll(() => socket.messages).toEqual([{ type: 'connection_ack' }]);
  socket.send({
    id: 's1',
    type: 'subscribe',
    payload: { query: print(ContactChangedDocument), variables: { instanceId: INSTANCE_ID } },
  });
  return socket;
}

describe('SIGTERM with WebSocket subscriptions open', () => {
  it('ends each with SHUTTING_DOWN and complete, closes the socket 1001, cuts a client that reads nothing, and exits 0 in time', async () => {
    const reader = await subscriber();
    const stalled = await subscriber();
    // Let both streams open, then one client stops reading (it cannot even take the close frame).
    await new Promise((resolve) => setTimeout(resolve, 300));
    stalled.socket.pause();
    const signalled = performance.now();
    gateway.child.kill('SIGTERM');

    expect(await reader.closed).toBe(1001);
    expect(reader.messages.slice(1)).toEqual([
      {
        id: 's1',
        type: 'next',
        payload: {
          data: null,
          errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'SHUTTING_DOWN' }) })],
        },
      },
      { id: 's1', type: 'complete' },
    ]);
    expect(await gateway.exited).toBe(0);
    // Within the drain: the grace for a stalled client (3 s), far below the forced exit (deadline + 5 s).
    expect(performance.now() - signalled).toBeLessThan(8_000);
    stalled.socket.terminate();
  }, 30_000);
});
