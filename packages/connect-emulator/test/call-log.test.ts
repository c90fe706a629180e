import { ConnectClient, DescribeContactCommand, UpdateContactCommand } from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCallLog, OPERATION_NAMES, SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.resetCalls());

const ids = { InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound };

describe('call log', () => {
  it('records exactly the request that reached Connect', async () => {
    const References = { case: { Type: 'URL' as const, Value: 'https://crm.example/case/7' } };
    await env.client.send(new UpdateContactCommand({ ...ids, Name: 'Escalated', References }));
    expect(env.emulator.calls).toEqual([
      expect.objectContaining({
        seq: expect.any(Number),
        operation: 'UpdateContact',
        method: 'POST',
        rawPath: `/contacts/${ids.InstanceId}/${ids.ContactId}`,
        instanceId: ids.InstanceId,
        contactId: ids.ContactId,
        body: { Name: 'Escalated', References },
        status: 200,
        time: expect.any(Date),
        headers: expect.objectContaining({
          authorization: true,
          accessKeyId: 'test',
          contentType: 'application/json',
          userAgent: expect.stringContaining('aws-sdk-js'),
          amzSdkRequest: 'attempt=1; max=1',
        }),
      }),
    ]);
  });

  it('is empty when nothing reached Connect', async () => {
    const noCredentials = new ConnectClient({
      region: 'us-east-1',
      endpoint: env.emulator.url,
      credentials: () => Promise.reject(new Error('no credentials')),
      maxAttempts: 1,
    });
    const failed = noCredentials.send(new UpdateContactCommand({ ...ids, Name: 'x' }));
    await expect(failed).rejects.toThrow('no credentials');
    expect(env.emulator.calls).toEqual([]);
    expect(env.emulator.callLog.total).toBe(0);
  });

  it('counts calls per operation; resetCalls() clears log and counts', async () => {
    await env.client.send(new DescribeContactCommand(ids));
    await env.client.send(new DescribeContactCommand(ids));
    await env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' }));
    const zero = Object.fromEntries([...OPERATION_NAMES, 'Unknown'].map((name) => [name, 0]));
    expect(env.emulator.callLog.counts).toEqual({ ...zero, UpdateContact: 1, DescribeContact: 2 });
    expect(env.emulator.calls.map((c) => c.body)).toEqual([undefined, undefined, { Name: 'x' }]);
    env.emulator.resetCalls();
    expect(env.emulator.calls).toEqual([]);
    expect(env.emulator.callLog.counts.DescribeContact).toBe(0);
  });

  it('stays bounded: keeps at least the last `limit` calls, counts everything', () => {
    const log = createCallLog(10);
    for (let i = 0; i < 100; i++) {
      log.record({ operation: 'DescribeContact', method: 'GET', rawPath: `/${i}`, rawBody: '' }, {});
    }
    expect(log.total).toBe(100);
    expect(log.calls.length).toBeGreaterThanOrEqual(10);
    expect(log.calls.length).toBeLessThanOrEqual(13);
    expect(log.calls.at(-1)?.rawPath).toBe('/99');
  });
});
