import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLine, type NodeProcess, startNode, temporaryDir } from './processes.ts';

// src/main.ts turns on Node's compile cache before the gateway loads, and writes it once listening.
const ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  PORT: '0',
  METRICS_PORT: '0',
  HOST: '127.0.0.1',
  CONNECT_BACKEND: 'emulator',
  AUTH_DISABLED: 'true',
};

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' });

let running: NodeProcess | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

async function listening(env: Record<string, string>): Promise<NodeProcess> {
  running = startNode(['src/main.ts'], { ...ENV, ...env });
  await running.waitForLine((line) => jsonLine(line)?.port !== undefined);
  return running;
}

describe('the entry point (src/main.ts)', () => {
  it("writes Node's compile cache to NODE_COMPILE_CACHE once listening, so a killed process leaves it too", async () => {
    const cache = temporaryDir('gateway-compile-cache-');
    const gateway = await listening({ NODE_COMPILE_CACHE: cache });
    // Killed, not stopped: nothing is written at exit.
    gateway.child.kill('SIGKILL');
    await gateway.exited;
    // One entry per compiled module, the gateway's own TypeScript among them (hundreds in all).
    expect(files(cache).length).toBeGreaterThan(100);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const cache = temporaryDir('gateway-compile-cache-');
    const gateway = await listening({ NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    gateway.child.kill('SIGKILL');
    await gateway.exited;
    expect(files(cache)).toEqual([]);
  });
});
