import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const HAS_TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Whether processes are pinned to cores (Linux `taskset`); without it the OS schedules freely. */
export const pinning = HAS_TASKSET ? 'taskset' : 'none';

export interface Spawned {
  child: ChildProcess;
  /** stderr so far, shown when the process fails. */
  stderr(): string;
}

/**
 * Starts `node <args>` pinned to one core. stdout goes to /dev/null unless `captureStdout`
 * (servers' logs are not part of the measurement's output); stderr is kept for errors.
 */
export function spawnNode(
  args: string[],
  options: { core: number; env: NodeJS.ProcessEnv; captureStdout?: boolean },
): Spawned {
  const command = HAS_TASKSET ? 'taskset' : process.execPath;
  const argv = HAS_TASKSET ? ['-c', String(options.core), process.execPath, ...args] : args;
  // taskset execs node, so the child's pid is node's pid (what /proc RSS sampling needs).
  const child = spawn(command, argv, {
    env: options.env,
    stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  return { child, stderr: () => stderr };
}

/** A free TCP port on loopback (released before the server binds it; fine on a bench machine). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Polls `url` until it answers (any HTTP status) or the process exits or `timeoutMs` passes. */
export async function waitUntilServing(url: string, spawned: Spawned, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawned.child.exitCode !== null)
      throw new Error(`process exited with ${spawned.child.exitCode} before serving:\n${spawned.stderr()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      // Short polls: the time to the first answer is reported as start-up time.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${spawned.stderr()}`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopProcess(spawned: Spawned, graceMs = 12_000): Promise<void> {
  const { child } = spawned;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a node script to completion and returns its stdout; fails with its stderr. */
export async function runNode(args: string[], options: { core: number; env: NodeJS.ProcessEnv }): Promise<string> {
  const spawned = spawnNode(args, { ...options, captureStdout: true });
  let stdout = '';
  spawned.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  const [code] = (await once(spawned.child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${spawned.stderr()}`);
  return stdout;
}
