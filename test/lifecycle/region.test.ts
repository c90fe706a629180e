import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLine, type NodeProcess, startNode, temporaryDir } from './processes.ts';

// The gateway against AWS, as an operator starts it, with a home and AWS config of its own so that
// nothing on the machine running the tests can supply a Region.
function startAgainstAws(env: Record<string, string>, config?: string): NodeProcess {
  const home = temporaryDir('gateway-region-');
  const configFile = join(home, 'aws-config');
  writeFileSync(configFile, config ?? '');
  return startNode(['src/main.ts'], {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PORT: '0',
    METRICS_PORT: '0',
    HOST: '127.0.0.1',
    CONNECT_BACKEND: 'aws',
    AUTH_DISABLED: 'true',
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_ACCESS_KEY_ID: 'region-test',
    AWS_SECRET_ACCESS_KEY: 'region-test',
    // No instance metadata service here: fail fast instead of waiting for one.
    AWS_EC2_METADATA_DISABLED: 'true',
    ...env,
  });
}

let running: NodeProcess | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

async function readiness(process: NodeProcess) {
  const listening = jsonLine(await process.waitForLine((line) => jsonLine(line)?.port !== undefined));
  const response = await fetch(`http://127.0.0.1:${String(listening?.port)}/ready`);
  return { status: response.status, body: (await response.json()) as { checks: { region: string } } };
}

describe('the AWS Region at start-up', () => {
  it('refuses to start without one, in one line, exit 1', async () => {
    running = startAgainstAws({});
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([
      expect.stringMatching(/^invalid configuration: no AWS Region for Connect: set AWS_REGION/),
    ]);
  });

  it('starts with AWS_REGION, and /ready reports it', async () => {
    running = startAgainstAws({ AWS_REGION: 'eu-central-1' });
    const ready = await readiness(running);
    expect(ready.body.checks.region).toBe('eu-central-1');
  });

  it('takes the Region from the AWS profile as the SDK does', async () => {
    // With AWS_PROFILE the SDK takes credentials from the profile too, not from AWS_ACCESS_KEY_ID.
    running = startAgainstAws(
      { AWS_PROFILE: 'contact-centre' },
      '[profile contact-centre]\nregion = ap-southeast-2\naws_access_key_id = region-test\naws_secret_access_key = region-test\n',
    );
    const ready = await readiness(running);
    expect(ready.body.checks.region).toBe('ap-southeast-2');
  });
});
