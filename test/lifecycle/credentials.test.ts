import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLine, type NodeProcess, startNode, temporaryDir } from './processes.ts';

// The gateway against AWS with nothing that could give it credentials: a HOME of its own, no AWS
// credential variables, and no instance metadata. Nothing may leave the machine: the endpoint is a
// loopback address (never called at start-up) and the metadata service is turned off.
function startWithoutCredentials(home: string, env: Record<string, string> = {}): NodeProcess {
  return startNode(['src/main.ts'], {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PORT: '0',
    METRICS_ENABLED: 'false',
    HOST: '127.0.0.1',
    CONNECT_BACKEND: 'aws',
    AUTH_DISABLED: 'true',
    HOME: home,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_CONNECT: 'http://127.0.0.1:9',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...env,
  });
}

let running: NodeProcess | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

describe('AWS credentials at start-up (CONNECT_BACKEND=aws)', () => {
  it('none anywhere: one line saying where the SDK looked, exit 1, no stack trace', async () => {
    const home = temporaryDir('gateway-credentials-');
    running = startWithoutCredentials(home);
    expect(await running.exited).toBe(1);
    const lines = running.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^no AWS credentials for Connect: the SDK looked in the environment \(AWS_ACCESS_KEY_ID/);
    for (const place of [
      `profile "default" (AWS_PROFILE) of ${join(home, '.aws', 'config')} and ${join(home, '.aws', 'credentials')}`,
      'SSO',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'turned off by AWS_EC2_METADATA_DISABLED',
    ])
      expect(lines[0]).toContain(place);
    expect(running.lines.join('\n')).not.toMatch(/listening|uncaught/);
  });

  it('the named profile of the shared credentials file: starts', async () => {
    const home = temporaryDir('gateway-credentials-');
    mkdirSync(join(home, '.aws'));
    writeFileSync(
      join(home, '.aws', 'credentials'),
      '[contact-centre]\naws_access_key_id = profile-test\naws_secret_access_key = profile-test\n',
    );
    running = startWithoutCredentials(home, { AWS_PROFILE: 'contact-centre' });
    const listening = jsonLine(await running.waitForLine((line) => jsonLine(line)?.port !== undefined));
    expect(listening?.msg).toMatch(/listening on .* → Amazon Connect \(AWS\)/);
  });

  it('a profile the files lack is named in the line', async () => {
    const home = temporaryDir('gateway-credentials-');
    running = startWithoutCredentials(home, { AWS_PROFILE: 'missing-profile' });
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([expect.stringContaining('profile "missing-profile"')]);
  });
});
