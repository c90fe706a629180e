import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { againstEmulator, jsonLine, type NodeProcess, startNode } from './processes.ts';

// The gateway as operators run it: its own process (node src/main.ts) against a Connect emulator in
// another process, configured only through the environment.
let emulator: NodeProcess;
let gateway: NodeProcess;
let emulatorUrl: string;
let gatewayUrl: string;

// Lets the test cause an unhandled rejection inside the gateway process on demand.
const REJECT_ON_SIGUSR2 = `data:text/javascript,${encodeURIComponent(
  "process.on('SIGUSR2', () => { Promise.reject(new Error('boom-unhandled')); });",
)}`;

beforeAll(async () => {
  emulator = startNode(['packages/connect-emulator/src/main.ts'], { EMULATOR_PORT: '0' });
  const ready = await emulator.waitForLine((l) => l.startsWith('Connect emulator at '));
  emulatorUrl = /(http:\/\/[^\s]+)/.exec(ready)![1]!;
  gateway = startNode(['--import', REJECT_ON_SIGUSR2, 'src/main.ts'], againstEmulator(emulatorUrl));
  const listening = jsonLine(await gateway.waitForLine((l) => jsonLine(l)?.port !== undefined));
  gatewayUrl = `http://127.0.0.1:${String(listening?.port)}`;
}, 40_000);

afterAll(async () => {
  gateway?.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
});

const control = (path: string, init?: RequestInit) => fetch(`${emulatorUrl}/_emulator/${path}`, init);

/** A GET on a fresh connection (no keep-alive pool), resolving with the status or the error code. */
const freshGet = (url: string) =>
  new Promise<number | string>((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });

describe('the gateway process', () => {
  it('logs an unhandled rejection and keeps serving', async () => {
    gateway.child.kill('SIGUSR2');
    const line = await gateway.waitForLine((l) => jsonLine(l)?.msg === 'unhandled promise rejection');
    // Its kind and where it was thrown; never its message, which may quote client input.
    expect(jsonLine(line)).toMatchObject({ level: 50, err: { type: 'Error', frames: expect.any(Array) } });
    expect(jsonLine(line)?.err).not.toHaveProperty('message');
    expect(jsonLine(line)?.msg).toBe('unhandled promise rejection');
    expect(await freshGet(`${gatewayUrl}/health`)).toBe(200);
  });

  it('on SIGTERM stops accepting, delivers the answer of an update in flight, and exits 0', async () => {
    await control('faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'latency', latencyMs: 1_500, operation: 'UpdateContact' }),
    });
    const answer = fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'in-flight-1' },
      body: JSON.stringify({
        query:
          'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename ... on UpdateContactSuccess{contactId}}}',
        variables: { i: updateInput({ name: 'finished during shutdown' }) },
      }),
    });
    // Wait until Connect (the emulator) holds the update, then ask the gateway to stop.
    for (let calls = 0; calls === 0; await new Promise((r) => setTimeout(r, 20))) {
      const log = (await (await control('calls')).json()) as { calls: { operation: string }[] };
      calls = log.calls.filter((c) => c.operation === 'UpdateContact').length;
    }
    const signalled = performance.now();
    gateway.child.kill('SIGTERM');
    await gateway.waitForLine((l) => String(jsonLine(l)?.msg).startsWith('SIGTERM'));

    // Refused, or reset if the kernel had queued it just before the listener closed: never served.
    expect(['ECONNREFUSED', 'ECONNRESET']).toContain(await freshGet(`${gatewayUrl}/health`));
    const response = await answer;
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('in-flight-1');
    expect(await response.json()).toEqual({
      data: { updateContact: { __typename: 'UpdateContactSuccess', contactId: ONGOING_CONTACT_ID } },
    });
    expect(await gateway.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_000);

    const stored = (await (await control('contacts')).json()) as {
      contacts: { instanceId: string; contact: { Id: string; Name?: string } }[];
    };
    const contact = stored.contacts.find((c) => c.instanceId === INSTANCE_ID && c.contact.Id === ONGOING_CONTACT_ID);
    expect(contact?.contact.Name).toBe('finished during shutdown');
  }, 30_000);
});
