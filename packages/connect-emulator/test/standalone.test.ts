import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DescribeContactCommand, UpdateContactCommand } from '@aws-sdk/client-connect';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { sdkClient } from './sdk-client.ts';
import { sqsClient } from './sqs-client.ts';

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

  it('creates EMULATOR_SQS_QUEUES and sends contact events into EMULATOR_CONTACT_EVENTS_QUEUE', async () => {
    const child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        EMULATOR_PORT: '0',
        EMULATOR_SQS_QUEUES: 'dlq, spare',
        EMULATOR_CONTACT_EVENTS_QUEUE: 'events',
      },
    });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0] ?? '';
    expect(line.toString()).toContain(`contact events into ${url}/123456789012/events`);
    const connect = sdkClient({ url });
    const sqs = sqsClient({ url });
    await connect.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound, Name: 'n' }),
    );
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: `${url}/123456789012/events` }));
    expect(JSON.parse(Messages?.[0]?.Body ?? '{}')).toMatchObject({ detail: { eventType: 'CONTACT_DATA_UPDATED' } });
    for (const name of ['dlq', 'spare'])
      await expect(
        sqs.send(new ReceiveMessageCommand({ QueueUrl: `${url}/123456789012/${name}` })),
      ).resolves.toBeDefined();
    child.kill('SIGTERM');
    await once(child, 'exit');
    connect.destroy();
    sqs.destroy();
  });

  it.each([
    ['EMULATOR_SQS_QUEUES', 'ok,not ok'],
    ['EMULATOR_CONTACT_EVENTS_QUEUE', 'events.fifo'],
  ])('refuses %s=%s, naming the variable, with exit code 2', async (name, value) => {
    const env = { ...process.env, EMULATOR_PORT: '0', [name]: value };
    const failed = await promisify(execFile)(process.execPath, [main], { env }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(new RegExp(`^${name}=`)) });
  });

  it('refuses a port that is not one, naming the variable, with exit code 2', async () => {
    const env = { ...process.env, EMULATOR_PORT: '70000' };
    const failed = await promisify(execFile)(process.execPath, [main], { env }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/^EMULATOR_PORT=70000: /) });
  });
});
