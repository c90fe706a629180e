import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DescribeContactCommand } from '@aws-sdk/client-connect';
import { describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { sdkClient } from './sdk-client.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('the standalone emulator (src/main.ts)', () => {
  it('logs its URL and seed ids, serves the SDK, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [main], { env: { ...process.env, EMULATOR_PORT: '0' } });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const text = line.toString();
    expect(text).toContain(SEED_INSTANCE_ID);
    for (const id of Object.values(SEED_CONTACT_IDS)) expect(text).toContain(id);

    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(text)?.[0] ?? '';
    const client = sdkClient({ url });
    const { Contact } = await client.send(
      new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound }),
    );
    expect(Contact?.Name).toBe('Billing question');

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    client.destroy();
  });

  it('refuses a port that is not one, naming the variable, with exit code 2', async () => {
    const env = { ...process.env, EMULATOR_PORT: '70000' };
    const failed = await promisify(execFile)(process.execPath, [main], { env }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/^EMULATOR_PORT=70000: /) });
  });
});
