import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves with the first stdout line (past or future) that matches. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** A new directory in the OS's temporary one, removed with its contents when the test that made it ends. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // After the afterEach hooks, which kill the test's process.
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts `node <args>` in the repository root with exactly `env` (plus PATH), capturing stdout lines and stderr. */
export function startNode(args: string[], env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const lines: string[] = [];
  const waiters = new Set<{ match: (line: string) => boolean; resolve: (line: string) => void }>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters) if (waiter.match(line)) waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    waitForLine(match, timeoutMs = 15_000) {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching line within ${timeoutMs} ms:\n${lines.join('\n')}`)),
          timeoutMs,
        );
        const waiter = {
          match,
          resolve: (line: string) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(line);
          },
        };
        waiters.add(waiter);
      });
    },
  };
}

/** Parses a JSON log line, or undefined for any other line. */
export function jsonLine(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The environment of `node src/main.ts` as operators run it against the emulator process at `emulatorUrl`. */
export const againstEmulator = (emulatorUrl: string): Record<string, string> => ({
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  PORT: '0',
  METRICS_PORT: '0',
  HOST: '127.0.0.1',
  CONNECT_BACKEND: 'aws',
  AWS_ENDPOINT_URL_CONNECT: emulatorUrl,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'lifecycle-test',
  AWS_SECRET_ACCESS_KEY: 'lifecycle-test',
  AUTH_DISABLED: 'true',
});
