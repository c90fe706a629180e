import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { updateInput } from '../support/fixtures.ts';
import { jsonLine, type NodeProcess, startNode } from './processes.ts';

// Stopping must not depend on the logs being written: whoever reads the gateway's stdout and
// stderr (a log shipper, a terminal) may be gone or stuck when SIGTERM comes.

const DEADLINE_MS = 1_000;
// start.ts: in-flight requests get the deadline + 5 s before the process is gone.
const DRAIN_TIMEOUT_MS = DEADLINE_MS + 5_000;

const env = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  METRICS_ENABLED: 'false',
  AUTH_DISABLED: 'true',
  GRAPHQL_DEADLINE_MS: String(DEADLINE_MS),
};

/** Resolves with the exit code, or 'running' when the process has not exited within `ms`. */
const exitWithin = (exited: Promise<number | null>, ms: number) =>
  Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(resolve, ms, 'running'))]);

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

describe('SIGTERM when the log pipe is gone or full', () => {
  it('with both pipes closed by their reader: the process exits 0 within the drain timeout', async () => {
    const gateway: NodeProcess = startNode(['src/main.ts'], { ...env, PORT: '0' });
    cleanup.push(() => gateway.child.kill('SIGKILL'));
    await gateway.waitForLine((l) => jsonLine(l)?.port !== undefined);
    gateway.child.stdout?.destroy();
    gateway.child.stderr?.destroy();
    gateway.child.kill('SIGTERM');
    expect(await exitWithin(gateway.exited, DRAIN_TIMEOUT_MS)).toBe(0);
  }, 30_000);

  it('with both pipes closed during an update: the update is answered, and the process exits 0 within the drain timeout', async () => {
    const gateway: NodeProcess = startNode(['src/main.ts'], { ...env, PORT: '0' });
    cleanup.push(() => gateway.child.kill('SIGKILL'));
    const emulatorLine = await gateway.waitForLine((l) => String(jsonLine(l)?.msg).startsWith('Connect emulator at '));
    const emulatorUrl = /(http:\/\/[^\s]+)/.exec(String(jsonLine(emulatorLine)?.msg))?.[1];
    expect(emulatorUrl).toBeDefined();
    const listening = jsonLine(await gateway.waitForLine((l) => jsonLine(l)?.port !== undefined));
    // Connect holds the update for 500 ms: it is in flight when the signal comes.
    await fetch(`${String(emulatorUrl)}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'latency', latencyMs: 500, operation: 'UpdateContact' }),
    });
    const answer = fetch(`http://127.0.0.1:${String(listening?.port)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename}}',
        variables: { i: updateInput({ name: 'answered while the logs are gone' }) },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    gateway.child.stdout?.destroy();
    gateway.child.stderr?.destroy();
    gateway.child.kill('SIGTERM');

    expect(await (await answer).json()).toEqual({ data: { updateContact: { __typename: 'UpdateContactSuccess' } } });
    expect(await exitWithin(gateway.exited, DRAIN_TIMEOUT_MS)).toBe(0);
  }, 30_000);

  it('with a full pipe nobody reads: the process exits 0 within the drain timeout', async () => {
    // A FIFO filled to the brim before the gateway starts: each of its log lines finds it full.
    const dir = mkdtempSync(join(tmpdir(), 'gateway-log-pipe-'));
    const fifo = join(dir, 'logs');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    cleanup.push(() => {
      closeSync(writer);
      closeSync(reader);
      rmSync(dir, { recursive: true, force: true });
    });
    const chunk = Buffer.alloc(4096, 'x');
    try {
      for (;;) writeSync(writer, chunk);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('EAGAIN');
    }

    const port = await freePort();
    const child = spawn(process.execPath, ['src/main.ts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
      stdio: ['ignore', writer, writer],
    });
    cleanup.push(() => child.kill('SIGKILL'));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await untilHealthy(`http://127.0.0.1:${port}/health`);

    child.kill('SIGTERM');
    expect(await exitWithin(exited, DRAIN_TIMEOUT_MS)).toBe(0);
  }, 30_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function untilHealthy(url: string, timeoutMs = 15_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
