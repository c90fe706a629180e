import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type NodeProcess, startNode } from './processes.ts';

// A port another process holds is an operator's problem to fix: one line naming the variable, no
// stack trace, exit 1 (a second gateway on one machine meets METRICS_PORT 9464 taken by the first).

const env = { NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', AUTH_DISABLED: 'true' };

let holder: Server | undefined;
let running: NodeProcess | undefined;
afterEach(async () => {
  running?.child.kill('SIGKILL');
  running = undefined;
  await new Promise((resolve) => (holder ? holder.close(resolve) : resolve(undefined)));
  holder = undefined;
});

/** A loopback port held by a listener of the test's own. */
async function takenPort(): Promise<number> {
  const server = createServer();
  holder = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Everything the process wrote, for the checks that no stack trace or fatal log appears anywhere. */
const output = (process: NodeProcess) => `${process.lines.join('\n')}\n${process.stderr()}`;

describe('a port that is already taken at start-up', () => {
  it('PORT: one line naming PORT, exit 1, no stack trace', async () => {
    const port = await takenPort();
    running = startNode(['src/main.ts'], { ...env, PORT: String(port), METRICS_ENABLED: 'false' });
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([
      `PORT ${port} is already in use on 127.0.0.1: set PORT to a free port`,
    ]);
    expect(output(running)).not.toMatch(/uncaught|EADDRINUSE|\n\s+at /);
  });

  it('METRICS_PORT: one line naming METRICS_PORT and METRICS_ENABLED, exit 1, no stack trace', async () => {
    const port = await takenPort();
    running = startNode(['src/main.ts'], { ...env, PORT: '0', METRICS_PORT: String(port) });
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([
      `METRICS_PORT ${port} is already in use on 127.0.0.1: set METRICS_PORT to a free port, or METRICS_ENABLED=false`,
    ]);
    expect(output(running)).not.toMatch(/uncaught|EADDRINUSE|\n\s+at /);
  });

  it('with both free, the gateway starts (the same environment but the ports)', async () => {
    running = startNode(['src/main.ts'], { ...env, PORT: '0', METRICS_PORT: '0' });
    expect(await running.waitForLine((line) => line.includes('listening on'))).toBeTruthy();
  });
});
