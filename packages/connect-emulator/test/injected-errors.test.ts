import {
  AccessDeniedException,
  ConflictException,
  ConnectServiceException,
  ContactNotFoundException,
  DescribeContactCommand,
  IdempotencyException,
  InternalServiceException,
  InvalidActiveRegionException,
  InvalidParameterException,
  InvalidRequestException,
  LimitExceededException,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  UpdateContactCommand,
} from '@aws-sdk/client-connect';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENTED_ERRORS, SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
afterEach(() => env.emulator.faults.clear());

const ids = { InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const CLASSES = {
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  ThrottlingException,
  InternalServiceException,
  AccessDeniedException,
  ConflictException,
  InvalidActiveRegionException,
  ServiceQuotaExceededException,
  ResourceConflictException,
  IdempotencyException,
  ContactNotFoundException,
  LimitExceededException,
} satisfies Record<keyof typeof DOCUMENTED_ERRORS, unknown>;

describe('injected documented errors', () => {
  it.each(Object.entries(DOCUMENTED_ERRORS))('%s (%i) → the SDK throws that class', async (name, status) => {
    env.emulator.faults.add({ kind: 'error', name, message: `injected ${name}`, times: 1 });
    const error = await rejectionOf(env.client.send(new UpdateContactCommand({ ...ids, Name: 'x' })));
    expect(error).toBeInstanceOf(CLASSES[name as keyof typeof CLASSES]);
    expect(error.message).toBe(`injected ${name}`);
    expect(error.$metadata).toMatchObject({ httpStatusCode: status, requestId: expect.stringMatching(UUID) });
    expect(env.emulator.calls.at(-1)).toMatchObject({ status, errorType: name });
  });

  it('a name Connect does not model → ConnectServiceException with that name, 400 unless a status is given', async () => {
    env.emulator.faults.add({ kind: 'error', name: 'TeapotException', times: 1 });
    env.emulator.faults.add({ kind: 'error', name: 'TeapotException', status: 418, times: 1 });
    for (const status of [400, 418]) {
      const error = await rejectionOf(env.client.send(new DescribeContactCommand(ids)));
      expect(error).toBeInstanceOf(ConnectServiceException);
      expect(error.name).toBe('TeapotException');
      expect(error.$metadata).toMatchObject({ httpStatusCode: status });
    }
  });

  it('ThrottlingException can carry Retry-After', async () => {
    env.emulator.faults.add({ kind: 'error', name: 'ThrottlingException', retryAfterSeconds: 7, times: 1 });
    const error = await rejectionOf(env.client.send(new DescribeContactCommand(ids)));
    expect(error).toBeInstanceOf(ThrottlingException);
    const response = error.$response as { headers: Record<string, string> };
    expect(response.headers['retry-after']).toBe('7');
  });
});

describe('errors the emulator raises itself (raw HTTP)', () => {
  const path = `/contacts/${ids.InstanceId}/${ids.ContactId}`;
  const signed = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/connect/aws4_request' };

  it('an unsigned request → 403 AccessDeniedException', async () => {
    const res = await fetch(env.emulator.url + path);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(await res.json()).toEqual({ Message: expect.any(String) });
  });

  it('an unknown route → 404 UnknownOperationException', async () => {
    for (const [method, url] of [
      ['GET', '/contacts'],
      ['PUT', path],
      ['GET', `${path}/extra`],
    ] as const) {
      const res = await fetch(env.emulator.url + url, { method, headers: signed });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    }
    expect(env.emulator.calls.at(-1)?.operation).toBe('Unknown');
  });

  it('malformed request JSON → 400 SerializationException', async () => {
    const res = await fetch(env.emulator.url + path, { method: 'POST', headers: signed, body: '{"Name": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });

  it.each([
    ['a string member', { Name: 42 }],
    ['a map', { References: [] }],
    ['an integer', { SegmentAttributes: { k: { ValueInteger: 1.5 } } }],
    ['a member, beside a broken length (types are read first)', { Name: 'n'.repeat(513), Description: 7 }],
  ])('a wrongly typed %s → 400 SerializationException', async (_label, body) => {
    const res = await fetch(env.emulator.url + path, { method: 'POST', headers: signed, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });
});
