import { againstEmulator, jsonLine, type NodeProcess, startNode } from '../../lifecycle/processes.ts';
import { eventually } from './metrics.ts';

/** One gateway replica as operators run it: `node src/main.ts`, its own process. */
export interface Replica {
  process: NodeProcess;
  url: string;
  metricsUrl: string;
}

/** The standalone Connect emulator process and its URL. */
export async function startEmulatorProcess(): Promise<{ process: NodeProcess; url: string }> {
  const process = startNode(['packages/connect-emulator/src/main.ts'], { EMULATOR_PORT: '0' });
  const line = await process.waitForLine((l) => l.startsWith('Connect emulator at '));
  return { process, url: /(http:\/\/[^\s]+)/.exec(line)![1]! };
}

/** A replica against the emulator at `emulatorUrl`, sharing the Redis at `redisUrl`; resolves once Redis is ready on it. */
export async function startReplica(
  emulatorUrl: string,
  redisUrl: string,
  env: Record<string, string> = {},
): Promise<Replica> {
  const process = startNode(['src/main.ts'], { ...againstEmulator(emulatorUrl), REDIS_URL: redisUrl, ...env });
  const port = jsonLine(await process.waitForLine((l) => jsonLine(l)?.port !== undefined))?.port;
  const metricsPort = jsonLine(await process.waitForLine((l) => jsonLine(l)?.metricsPort !== undefined))?.metricsPort;
  const url = `http://127.0.0.1:${String(port)}/graphql`;
  await eventually(async () => {
    const ready = (await (await fetch(url.replace('/graphql', '/ready'))).json()) as { checks: { redis: string } };
    return ready.checks.redis === 'ok';
  }, 10_000);
  return { process, url, metricsUrl: `http://127.0.0.1:${String(metricsPort)}/metrics` };
}
