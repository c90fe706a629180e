import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gatewayArgs } from './start-command.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Started {
  child: ChildProcess;
  /** The first stdout line that matched. */
  line: string;
}

/** Starts `node <args>` in the repository root and waits for a stdout line matching `ready`. */
export function startNode(
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<Started> {
  const script = args.join(' ');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!ready.test(line)) return;
      clearTimeout(timer);
      resolve({ child, line });
    });
  });
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

/** Sends SIGTERM and resolves with the exit code. */
export function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The Connect emulator in a process of its own (any free port), and its URL. */
export async function startEmulatorProcess(): Promise<Started & { url: string }> {
  const started = await startNode(
    ['packages/connect-emulator/src/main.ts'],
    { EMULATOR_PORT: '0' },
    /^Connect emulator at /,
  );
  return { ...started, url: /(http:\/\/\S+)/.exec(started.line)![1]! };
}

/**
 * The gateway as in production (NODE_ENV=production, CONNECT_BACKEND=aws against the emulator at
 * `emulatorUrl`, authentication off), `env` on top, and its /graphql URL.
 */
export async function startGatewayProcess(
  emulatorUrl: string,
  env: Record<string, string> = {},
): Promise<Started & { url: string }> {
  const started = await startNode(
    gatewayArgs(),
    {
      NODE_ENV: 'production',
      // Nothing is logged per successful request; info gives the start-up line with the port.
      LOG_LEVEL: 'info',
      PORT: '0',
      METRICS_PORT: '0',
      HOST: '127.0.0.1',
      CONNECT_BACKEND: 'aws',
      AWS_ENDPOINT_URL_CONNECT: emulatorUrl,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AUTH_DISABLED: 'true',
      ...env,
    },
    /"port":\d+/,
  );
  return { ...started, url: `http://127.0.0.1:${/"port":(\d+)/.exec(started.line)![1]!}/graphql` };
}

/** The seeded instance and contact the soaks subscribe to and rename. */
export const SOAK_INSTANCE_ID = '11111111-2222-4333-8444-555555555555';
export const SOAK_CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000001';

let resent = 0;

/** Renames resent after a reset (below) so far in this process, for the soaks' reports. */
export const renamesResent = () => resent;

/**
 * Renames the soaks' contact through the gateway at `url`; answers when the answer arrived
 * (`performance.now()`). A keep-alive socket the server closed as idle just as the client reused it
 * fails before the request is read (ECONNRESET): sent again once, on a fresh socket, and counted.
 */
export async function renameContact(url: string, name: string): Promise<number> {
  try {
    return await renameOnce(url, name);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    resent++;
    return renameOnce(url, name);
  }
}

async function renameOnce(url: string, name: string): Promise<number> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(10_000),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename}}',
      variables: { i: { instanceId: SOAK_INSTANCE_ID, contactId: SOAK_CONTACT_ID, name } },
    }),
  });
  const answered = performance.now();
  const body = (await response.json()) as { data?: { updateContact?: { __typename?: string } } };
  if (body.data?.updateContact?.__typename !== 'UpdateContactSuccess')
    throw new Error(`mutation failed: ${JSON.stringify(body)}`);
  return answered;
}
