import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ConflictException, DescribeContactCommand, ThrottlingException } from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_CONTACTS, SEED_INSTANCE_ID } from '../src/index.ts';
import { useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.faults.clear());

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${env.emulator.url}/_emulator/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};
const describeSeed = () =>
  env.client.send(
    new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound }),
  );

describe('control API: faults', () => {
  it('POST adds a fault the SDK then hits; GET lists; DELETE clears', async () => {
    const added = await control('POST', 'faults', { kind: 'error', name: 'ConflictException', times: 1 });
    expect(added).toEqual({ status: 201, json: { id: expect.any(String) } });
    const listed = await control('GET', 'faults');
    expect(listed.json?.faults).toEqual([expect.objectContaining({ id: added.json?.id, remaining: 1 })]);
    await expect(describeSeed()).rejects.toBeInstanceOf(ConflictException);

    await control('POST', 'faults', [{ kind: 'reset' }, { kind: 'hang' }]);
    expect(await control('DELETE', 'faults')).toEqual({ status: 204, json: undefined });
    await expect(describeSeed()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it('DELETE /faults/:id removes one fault', async () => {
    const { json } = await control('POST', 'faults', { kind: 'reset' });
    expect((await control('DELETE', `faults/${String(json?.id)}`)).status).toBe(204);
    expect((await control('DELETE', `faults/${String(json?.id)}`)).status).toBe(404);
  });

  it.each([
    ['an unknown kind', { kind: 'explode' }],
    ['a latency without ms', { kind: 'latency' }],
    ['an unknown operation', { kind: 'reset', operation: 'DeleteContact' }],
    ['a rate above 1', { kind: 'reset', rate: 2 }],
    ['a misspelt field', { kind: 'reset', tims: 3 }],
  ])('rejects %s with 400 and the zod issues', async (_label, spec) => {
    const { status, json } = await control('POST', 'faults', spec);
    expect(status).toBe(400);
    expect(json?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]));
  });
});

describe('control API: calls and contacts', () => {
  it('GET /calls returns the log; DELETE resets it', async () => {
    await control('DELETE', 'calls');
    await describeSeed();
    const { json } = await control('GET', 'calls');
    expect(json).toMatchObject({ total: 1, counts: { DescribeContact: 1 }, calls: [{ operation: 'DescribeContact' }] });
    await control('DELETE', 'calls');
    expect(env.emulator.calls).toEqual([]);
  });

  it('POST /contacts adds contacts the SDK can describe; DELETE restores the seed', async () => {
    const created = await control('POST', 'contacts', [
      {
        instanceId: 'inst-http',
        contactId: 'c-1',
        contact: { Channel: 'EMAIL', Name: 'Via HTTP', InitiationTimestamp: '2025-02-01T10:00:00Z' },
      },
      { instanceId: 'inst-http' },
    ]);
    expect(created.status).toBe(201);
    const { Contact } = await env.client.send(
      new DescribeContactCommand({ InstanceId: 'inst-http', ContactId: 'c-1' }),
    );
    expect(Contact).toMatchObject({
      Channel: 'EMAIL',
      Name: 'Via HTTP',
      InitiationTimestamp: new Date('2025-02-01T10:00:00Z'),
    });

    const listed = await control('GET', 'contacts');
    expect(listed.json?.instances).toEqual([SEED_INSTANCE_ID, 'inst-http']);
    // The seed, its detailed contact (state/seed-details.ts) and the two added.
    expect(listed.json?.contacts).toHaveLength(SEED_CONTACTS.length + 3);

    expect((await control('POST', 'contacts', { instanceId: 'x', contact: { Channel: 'FAX' } })).status).toBe(400);
    await control('DELETE', 'contacts');
    expect(env.emulator.store.listInstances()).toEqual([SEED_INSTANCE_ID]);
  });

  it('POST /instances creates an empty instance (contacts in it are then not found)', async () => {
    expect(await control('POST', 'instances', { instanceId: 'inst-empty' })).toEqual({
      status: 201,
      json: { instanceIds: ['inst-empty'] },
    });
    expect(env.emulator.store.hasInstance('inst-empty')).toBe(true);
  });

  it('unknown control routes are 404 and never reach the Connect call log', async () => {
    await control('DELETE', 'calls');
    expect((await control('GET', 'nope')).status).toBe(404);
    expect(env.emulator.calls).toEqual([]);
  });
});

describe('fault CLI', () => {
  it('posts a fault spec built from flags', async () => {
    const cli = fileURLToPath(new URL('../src/control/cli.ts', import.meta.url));
    const run = promisify(execFile);
    const args = [
      '--url',
      env.emulator.url,
      '--error',
      'ThrottlingException',
      '--times',
      '1',
      '--contact',
      SEED_CONTACT_IDS.voiceInbound,
    ];
    const { stdout } = await run(process.execPath, [cli, ...args]);
    expect(stdout).toMatch(/^201 /);
    await expect(describeSeed()).rejects.toBeInstanceOf(ThrottlingException);
    await expect(describeSeed()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});
