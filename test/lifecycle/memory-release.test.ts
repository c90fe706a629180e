import { afterEach, describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/start-command.ts';
import { jsonLine, type NodeProcess, startNode } from './processes.ts';

// npm start runs node with --expose-gc, and the gateway uses it to give back, before it listens,
// the heap start-up grew (src/memory-release.ts). Read from the gateway's own /metrics.
const ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'debug',
  PORT: '0',
  METRICS_PORT: '0',
  HOST: '127.0.0.1',
  CONNECT_BACKEND: 'emulator',
  AUTH_DISABLED: 'true',
};

let running: NodeProcess | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

/** V8's committed young generation (prom-client's default metric), bytes, once the gateway listens. */
async function youngGenerationOnceListening(flags: string[]): Promise<{ bytes: number; lines: string[] }> {
  running = startNode([...flags, 'src/main.ts'], ENV);
  const metricsPort = jsonLine(
    await running.waitForLine((line) => jsonLine(line)?.metricsPort !== undefined),
  )?.metricsPort;
  await running.waitForLine((line) => jsonLine(line)?.port !== undefined);
  const metrics = await (await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`)).text();
  const bytes = /^nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)$/m.exec(metrics)?.[1];
  if (bytes === undefined) throw new Error(`no new-space size in /metrics:\n${metrics.slice(0, 500)}`);
  return { bytes: Number(bytes), lines: running.lines.map((line) => String(jsonLine(line)?.msg)) };
}

describe("giving back start-up's heap", () => {
  it("with npm start's flags, collects before listening and holds a young generation of a few MiB", async () => {
    expect(startFlags()).toContain('--expose-gc');
    const { bytes, lines } = await youngGenerationOnceListening(startFlags());
    expect(lines.indexOf('released idle memory')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('released idle memory')).toBeLessThan(lines.findIndex((m) => m.includes('listening on')));
    expect(bytes).toBeLessThanOrEqual(8 * 2 ** 20);
  });

  it('without --expose-gc, does nothing, and start-up leaves the young generation grown', async () => {
    const { bytes, lines } = await youngGenerationOnceListening(startFlags().filter((f) => f !== '--expose-gc'));
    expect(lines).not.toContain('released idle memory');
    expect(bytes).toBeGreaterThan(16 * 2 ** 20);
  });
});
