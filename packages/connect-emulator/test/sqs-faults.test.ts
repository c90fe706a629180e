import { CreateQueueCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeEach, describe, expect, it } from 'vitest';
import { SQS_CONTENT_TYPE } from '../src/index.ts';
import { rejectionOf } from './sdk-client.ts';
import { sqsClient, useSqsEmulator } from './sqs-client.ts';

const env = useSqsEmulator({ sqsQueues: ['faulty', 'other'] });
beforeEach(() => {
  env.emulator.sqs.faults.clear();
  env.emulator.resetCalls();
});

const queueUrl = (name: string) => `${env.emulator.url}/123456789012/${name}`;
const send = (name = 'faulty') => env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl(name), MessageBody: 'x' }));
const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${env.emulator.url}/_emulator/sqs/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};

describe('SQS faults', () => {
  it('queues given at start exist', async () => {
    expect((await env.sqs.send(new GetQueueUrlCommand({ QueueName: 'faulty' }))).QueueUrl).toBe(queueUrl('faulty'));
  });

  it.each([
    [{ kind: 'unavailable' }, 'ServiceUnavailable', 503],
    [{ kind: 'error', name: 'AccessDenied' }, 'AccessDenied', 403],
    [{ kind: 'error', name: 'InternalFailure' }, 'InternalFailure', 500],
    [{ kind: 'error', name: 'RequestThrottled' }, 'RequestThrottled', 403],
    [{ kind: 'error', name: 'KMS.Made.Up', status: 418 }, 'KMS.Made.Up', 418],
  ] as const)('%o answers %s with status %i, before validation', async (spec, name, status) => {
    env.emulator.sqs.faults.add({ ...spec, times: 1 });
    const error = await rejectionOf(send());
    expect(error).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect(error.$fault).toBe(status >= 500 ? 'server' : 'client');
    await expect(send()).resolves.toBeDefined();
  });

  it('the SDK retries a 503 by itself: a fault for one call is invisible to a client with retries', async () => {
    const retrying = sqsClient(env.emulator, 3);
    env.emulator.sqs.faults.add({ kind: 'unavailable', times: 1 });
    const out = await retrying.send(new SendMessageCommand({ QueueUrl: queueUrl('faulty'), MessageBody: 'x' }));
    expect(out.$metadata.attempts).toBe(2);
    expect(env.emulator.sqs.counts.SendMessage).toBe(2);
    retrying.destroy();
  });

  it('filters by operation and queue', async () => {
    env.emulator.sqs.faults.add({
      kind: 'error',
      name: 'AccessDenied',
      operation: 'ReceiveMessage',
      queueName: 'faulty',
    });
    await expect(send()).resolves.toBeDefined();
    await expect(env.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl('other') }))).resolves.toBeDefined();
    expect((await rejectionOf(env.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl('faulty') })))).name).toBe(
      'AccessDenied',
    );
  });

  it('a reset fault drops the connection', async () => {
    env.emulator.sqs.faults.add({ kind: 'reset', times: 1 });
    const error = await rejectionOf(send());
    // No HTTP answer: the SDK saw no status.
    expect(error.$metadata).not.toHaveProperty('httpStatusCode');
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
  });

  it('over the control API: add, list, remove one, clear; bad specs are 400', async () => {
    const added = await control('POST', 'faults', { kind: 'error', name: 'AccessDenied', operation: 'CreateQueue' });
    expect(added.status).toBe(201);
    expect((await control('GET', 'faults')).json?.faults).toEqual([
      expect.objectContaining({ id: added.json?.id, hits: 0 }),
    ]);
    expect((await rejectionOf(env.sqs.send(new CreateQueueCommand({ QueueName: 'denied' })))).name).toBe(
      'AccessDenied',
    );
    expect((await control('DELETE', `faults/${String(added.json?.id)}`)).status).toBe(204);
    expect((await control('DELETE', `faults/${String(added.json?.id)}`)).status).toBe(404);
    await control('POST', 'faults', [{ kind: 'unavailable' }, { kind: 'reset' }]);
    expect((await control('DELETE', 'faults')).status).toBe(204);
    await expect(send()).resolves.toBeDefined();
    expect((await control('POST', 'faults', { kind: 'unavailable', operation: 'DeleteTopic' })).status).toBe(400);
    expect((await control('POST', 'faults', { kind: 'explode' })).status).toBe(400);
  });

  it('queues over the control API: POST creates (one or several), GET lists with counts; a bad name is 400', async () => {
    expect(await control('POST', 'queues', { name: 'made-by-control', attributes: { DelaySeconds: '5' } })).toEqual({
      status: 201,
      json: { queueUrl: queueUrl('made-by-control') },
    });
    expect((await control('POST', 'queues', [{ name: 'first' }, { name: 'second' }])).json).toEqual({
      queueUrls: [queueUrl('first'), queueUrl('second')],
    });
    await env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl('made-by-control'), MessageBody: 'x' }));
    const { json } = await control('GET', 'queues');
    expect(json?.queues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'made-by-control',
          url: queueUrl('made-by-control'),
          arn: 'arn:aws:sqs:us-east-1:123456789012:made-by-control',
          settings: expect.objectContaining({ delaySeconds: 5 }),
          visible: 0,
          inFlight: 0,
          delayed: 1,
        }),
      ]),
    );
    expect(await control('POST', 'queues', { name: 'not ok' })).toMatchObject({
      status: 400,
      json: { code: 'InvalidParameterValue' },
    });
  });

  it('GET /sqs/contact-events answers where events go (null: off)', async () => {
    expect((await control('GET', 'contact-events')).json).toEqual({ queueName: null });
  });

  it('counts calls per operation (GET /sqs/calls), faulted ones too', async () => {
    env.emulator.sqs.faults.add({ kind: 'unavailable', times: 1 });
    await rejectionOf(send());
    await send();
    expect((await control('GET', 'calls')).json).toEqual({ counts: { SendMessage: 2 } });
  });
});

describe('the SQS wire (what the SDK never sends)', () => {
  const raw = (target: string, body: string, signed = true) =>
    fetch(`${env.emulator.url}/`, {
      method: 'POST',
      headers: {
        'content-type': SQS_CONTENT_TYPE,
        'x-amz-target': target,
        ...(signed ? { authorization: 'AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/sqs/aws4_request' } : {}),
      },
      body,
    });
  const outcome = async (res: Response) => ({
    status: res.status,
    contentType: res.headers.get('content-type'),
    queryError: res.headers.get('x-amzn-query-error'),
    body: (await res.json()) as unknown,
  });

  it('an unsigned request is InvalidSecurity (403)', async () => {
    expect(await outcome(await raw('AmazonSQS.ListQueues', '{}', false))).toEqual({
      status: 403,
      contentType: SQS_CONTENT_TYPE,
      queryError: 'InvalidSecurity;Sender',
      body: { __type: 'com.amazonaws.sqs#InvalidSecurity', message: expect.any(String) },
    });
  });

  it('an unknown operation is InvalidAction; a body that is no JSON object is SerializationException', async () => {
    expect((await outcome(await raw('AmazonSQS.Explode', '{}'))).queryError).toBe('InvalidAction;Sender');
    expect((await outcome(await raw('AmazonSQS.ListQueues', '[1]'))).queryError).toBe('SerializationException;Sender');
    expect((await outcome(await raw('AmazonSQS.ListQueues', '{'))).status).toBe(400);
  });

  it('a number where a string belongs is SerializationException; a missing QueueUrl is MissingParameter', async () => {
    expect((await outcome(await raw('AmazonSQS.SendMessage', '{"QueueUrl": 5}'))).queryError).toBe(
      'SerializationException;Sender',
    );
    expect(await outcome(await raw('AmazonSQS.SendMessage', '{"MessageBody": "x"}'))).toMatchObject({
      status: 400,
      queryError: 'MissingParameter;Sender',
      body: {
        __type: 'com.amazon.coral.service#MissingRequiredParameterException',
        message: 'The request must contain the parameter QueueUrl.',
      },
    });
  });
});
