import { request } from 'node:http';
import { DescribeContactCommand, InternalServiceException, UpdateContactCommand } from '@aws-sdk/client-connect';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID, startEmulator } from '../src/index.ts';
import { rejectionOf, sdkClient, useEmulator } from './sdk-client.ts';

const env = useEmulator();
afterEach(() => {
  env.emulator.faults.clear();
  env.emulator.resetCalls();
});

const ids = { InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound };
const describeContact = (ContactId = ids.ContactId) =>
  env.client.send(new DescribeContactCommand({ ...ids, ContactId }));

describe('fault lifecycle', () => {
  it('`times` is consumed, then calls succeed again', async () => {
    env.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', times: 2 });
    await expect(describeContact()).rejects.toBeInstanceOf(InternalServiceException);
    expect(env.emulator.faults.list()[0]).toMatchObject({ remaining: 1, hits: 1 });
    await expect(describeContact()).rejects.toBeInstanceOf(InternalServiceException);
    expect(env.emulator.faults.list()).toEqual([]);
    await expect(describeContact()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it('faults apply only to the operation, instance and contact they name', async () => {
    env.emulator.faults.add({
      kind: 'error',
      name: 'ConflictException',
      operation: 'UpdateContact',
      contactId: ids.ContactId,
    });
    await expect(describeContact()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(
      env.client.send(new UpdateContactCommand({ ...ids, ContactId: SEED_CONTACT_IDS.taskApi, Name: 'x' })),
    ).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' }))).rejects.toMatchObject({
      name: 'ConflictException',
    });
  });

  it('faults are checked in order: the first matching one answers', async () => {
    env.emulator.faults.add({ kind: 'error', name: 'ConflictException', times: 1 });
    env.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', times: 1 });
    await expect(describeContact()).rejects.toMatchObject({ name: 'ConflictException' });
    await expect(describeContact()).rejects.toMatchObject({ name: 'InternalServiceException' });
  });

  it('`rate` with a seed is deterministic and roughly proportional', async () => {
    const outcomes = async () => {
      env.emulator.faults.clear();
      env.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', rate: 0.5, seed: 42 });
      const results = [];
      for (let i = 0; i < 20; i++)
        results.push(
          await describeContact().then(
            () => 'ok',
            () => 'fail',
          ),
        );
      return results;
    };
    const first = await outcomes();
    expect(await outcomes()).toEqual(first);
    const failures = first.filter((r) => r === 'fail').length;
    expect(failures).toBeGreaterThan(3);
    expect(failures).toBeLessThan(17);
  });
});

describe('transport faults', () => {
  it('latency delays the answer by at least the given ms', async () => {
    env.emulator.faults.add({ kind: 'latency', latencyMs: 100, times: 1 });
    const started = performance.now();
    await describeContact();
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('latency adds to a later error fault', async () => {
    env.emulator.faults.add({ kind: 'latency', latencyMs: 60, times: 1 });
    env.emulator.faults.add({ kind: 'error', name: 'ConflictException', latencyMs: 40, times: 1 });
    const started = performance.now();
    await expect(describeContact()).rejects.toMatchObject({ name: 'ConflictException' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('reset → the SDK sees a network error with no HTTP status', async () => {
    env.emulator.faults.add({ kind: 'reset', times: 1 });
    const error = await rejectionOf(env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' })));
    expect(error.code).toBe('ECONNRESET');
    expect(error.$metadata).not.toHaveProperty('httpStatusCode');
    expect(env.emulator.calls).toHaveLength(1);
    expect(env.emulator.calls[0]?.status).toBeUndefined();
  });

  it('malformed → the SDK throws a deserialization error (DescribeContact parses the body)', async () => {
    env.emulator.faults.add({ kind: 'malformed', times: 1 });
    const error = await rejectionOf(describeContact());
    expect(error.name).toBe('SyntaxError');
    expect(error.message).toContain('Deserialization error');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 200 });
  });

  it('a malformed 200 is a success for UpdateContact (empty output is never parsed); a 502 is not', async () => {
    env.emulator.faults.add({ kind: 'malformed', times: 1 });
    await expect(env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' }))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    env.emulator.faults.add({ kind: 'malformed', status: 502, body: '<html>Bad Gateway</html>', times: 1 });
    const error = await rejectionOf(env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' })));
    expect(error.name).toBe('SyntaxError');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 502 });
  });

  it('truncated → the SDK fails reading the body', async () => {
    env.emulator.faults.add({ kind: 'truncated', times: 1 });
    const error = await rejectionOf(describeContact());
    expect(error.message).toMatch(/aborted|Deserialization/);
    await expect(describeContact()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it('hang → no answer until the client gives up', async () => {
    env.emulator.faults.add({ kind: 'hang', times: 1 });
    const error = await rejectionOf(
      env.client.send(new DescribeContactCommand(ids), { abortSignal: AbortSignal.timeout(50) }),
    );
    expect(error.name).toMatch(/Abort|Timeout/);
    expect(env.emulator.calls).toHaveLength(1);
    await expect(describeContact()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});

describe('close()', () => {
  const rawGet = (url: string, contactId: string) =>
    new Promise<string>((resolve) => {
      const req = request(`${url}/contacts/${ids.InstanceId}/${contactId}`, {
        headers: { authorization: 'AWS4-HMAC-SHA256 x' },
      });
      req.on('response', () => resolve('answered'));
      req.on('error', (e) => resolve(e.message));
      req.end();
    });

  it('ends promptly with hung and delayed requests and idle keep-alive sockets', async () => {
    const own = await startEmulator();
    const ownClient = sdkClient(own);
    await ownClient.send(new DescribeContactCommand(ids)); // leaves a keep-alive socket
    own.faults.add({ kind: 'hang', contactId: SEED_CONTACT_IDS.voiceInbound });
    own.faults.add({ kind: 'latency', latencyMs: 10_000, contactId: SEED_CONTACT_IDS.taskApi });
    const hung = rawGet(own.url, SEED_CONTACT_IDS.voiceInbound);
    const delayed = rawGet(own.url, SEED_CONTACT_IDS.taskApi);
    while (own.calls.length < 3) await new Promise((r) => setTimeout(r, 5));

    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await hung).toBe('socket hang up');
    expect(await delayed).toBe('socket hang up');
    ownClient.destroy();
  });
});
