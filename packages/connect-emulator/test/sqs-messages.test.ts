import { createHash } from 'node:crypto';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from './sdk-client.ts';
import { manualClock, useSqsEmulator } from './sqs-client.ts';

const time = manualClock();
const env = useSqsEmulator({ clock: time.clock });
let queueUrl = '';
let n = 0;
beforeEach(async () => {
  // A fresh queue per test: no message leaks from one test into the next.
  const out = await env.sqs.send(new CreateQueueCommand({ QueueName: `messages-${++n}` }));
  queueUrl = out.QueueUrl ?? '';
});

const send = (body: string) => env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
const receive = (input: { max?: number; wait?: number; visibility?: number } = {}) =>
  env.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: input.max,
      WaitTimeSeconds: input.wait ?? 0,
      VisibilityTimeout: input.visibility,
      MessageSystemAttributeNames: ['All'],
    }),
  );
const counts = async () => {
  const out = await env.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }));
  return {
    visible: out.Attributes?.ApproximateNumberOfMessages,
    inFlight: out.Attributes?.ApproximateNumberOfMessagesNotVisible,
  };
};
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

describe('SQS messages through @aws-sdk/client-sqs', () => {
  it('answers the queue URL under the emulator, and sends and receives a message with its MD5 and system attributes', async () => {
    expect(queueUrl).toBe(`${env.emulator.url}/123456789012/messages-${n}`);
    const body = '{"hello":"wörld ✓"}';
    const sent = await send(body);
    expect(sent.MD5OfMessageBody).toBe(md5(body));
    const sentAt = time.clock().getTime();
    const { Messages } = await receive();
    expect(Messages).toEqual([
      expect.objectContaining({
        MessageId: sent.MessageId,
        Body: body,
        MD5OfBody: md5(body),
        ReceiptHandle: expect.any(String),
        Attributes: expect.objectContaining({
          ApproximateReceiveCount: '1',
          SentTimestamp: String(sentAt),
          ApproximateFirstReceiveTimestamp: String(sentAt),
        }),
      }),
    ]);
    expect(await counts()).toEqual({ visible: '0', inFlight: '1' });
  });

  it('returns message attributes and their MD5 (the SDK checks none, so the digest is compared here)', async () => {
    const sent = await env.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: 'x',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'event' } },
      }),
    );
    // The documented algorithm on {kind: String "event"}: computed independently here.
    const len = (s: string) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(Buffer.byteLength(s));
      return Buffer.concat([b, Buffer.from(s)]);
    };
    const expected = createHash('md5')
      .update(Buffer.concat([len('kind'), len('String'), Buffer.from([1]), len('event')]))
      .digest('hex');
    expect(sent.MD5OfMessageAttributes).toBe(expected);
    const out = await env.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MessageAttributeNames: ['All'] }));
    expect(out.Messages?.[0]).toMatchObject({
      MessageAttributes: { kind: { DataType: 'String', StringValue: 'event' } },
      MD5OfMessageAttributes: expected,
    });
  });

  it('a client configured only by AWS_ENDPOINT_URL_SQS (the SDK own variable) reaches the emulator', async () => {
    const before = process.env.AWS_ENDPOINT_URL_SQS;
    process.env.AWS_ENDPOINT_URL_SQS = env.emulator.url;
    try {
      const client = new SQSClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
      const out = await client.send(new GetQueueUrlCommand({ QueueName: `messages-${n}` }));
      expect(out.QueueUrl).toBe(queueUrl);
      client.destroy();
    } finally {
      if (before === undefined) delete process.env.AWS_ENDPOINT_URL_SQS;
      else process.env.AWS_ENDPOINT_URL_SQS = before;
    }
  });

  it('an empty receive has no Messages; a long poll waits WaitTimeSeconds before answering empty', async () => {
    expect((await receive()).Messages).toBeUndefined();
    const started = Date.now();
    expect((await receive({ wait: 1 })).Messages).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('a long poll wakes when a message is sent', async () => {
    const started = Date.now();
    const polling = receive({ wait: 20 });
    await new Promise((r) => setTimeout(r, 150));
    await send('wake up');
    const { Messages } = await polling;
    expect(Messages?.map((m) => m.Body)).toEqual(['wake up']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('MaxNumberOfMessages bounds a receive; received messages are hidden from the next one', async () => {
    await env.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Array.from({ length: 10 }, (_, i) => ({ Id: `m${i}`, MessageBody: `body ${i}` })),
      }),
    );
    expect((await receive({ max: 10 })).Messages).toHaveLength(10);
    expect((await receive({ max: 10 })).Messages).toBeUndefined();
  });

  it('redelivers after the visibility timeout with a new receipt handle and ApproximateReceiveCount + 1', async () => {
    await send('again');
    const first = (await receive({ visibility: 30 })).Messages?.[0];
    time.advance(29);
    expect((await receive()).Messages).toBeUndefined();
    time.advance(1);
    const second = (await receive({ visibility: 30 })).Messages?.[0];
    expect(second?.MessageId).toBe(first?.MessageId);
    expect(second?.ReceiptHandle).not.toBe(first?.ReceiptHandle);
    expect(second?.Attributes?.ApproximateReceiveCount).toBe('2');
    // The first receive's time stays the first.
    expect(second?.Attributes?.ApproximateFirstReceiveTimestamp).toBe(
      first?.Attributes?.ApproximateFirstReceiveTimestamp,
    );
  });

  it('a stale receipt handle deletes nothing (the call succeeds), the latest one deletes', async () => {
    await send('stale');
    const first = (await receive({ visibility: 5 })).Messages?.[0];
    time.advance(5);
    const second = (await receive({ visibility: 5 })).Messages?.[0];
    await env.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: first?.ReceiptHandle }));
    expect(await counts()).toEqual({ visible: '0', inFlight: '1' });
    // ChangeMessageVisibility with the stale handle is refused, as SQS refuses it.
    const stale = await rejectionOf(
      env.sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: queueUrl,
          ReceiptHandle: first?.ReceiptHandle,
          VisibilityTimeout: 0,
        }),
      ),
    );
    expect(stale.name).toBe('InvalidParameterValue');
    expect(stale.message).toMatch(/Reason: Message does not exist or is not available for visibility timeout change/);
    await env.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: second?.ReceiptHandle }));
    expect(await counts()).toEqual({ visible: '0', inFlight: '0' });
    // Deleting again with the same handle is a no-op that succeeds.
    await env.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: second?.ReceiptHandle }));
  });

  it('a receipt handle the queue never issued is ReceiptHandleIsInvalid (404)', async () => {
    const error = await rejectionOf(
      env.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: 'not-a-handle' })),
    );
    expect(error).toBeInstanceOf(ReceiptHandleIsInvalid);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 404 });
    expect(error.Code).toBe('ReceiptHandleIsInvalid');
  });

  it('ChangeMessageVisibility: 0 makes the message visible again; once visible, its handle changes nothing (200)', async () => {
    await send('visibility');
    const m = (await receive({ visibility: 600 })).Messages?.[0];
    await env.sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: m?.ReceiptHandle, VisibilityTimeout: 0 }),
    );
    expect(await counts()).toEqual({ visible: '1', inFlight: '0' });
    await env.sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 600,
      }),
    );
    expect(await counts()).toEqual({ visible: '1', inFlight: '0' });
  });

  it('ChangeMessageVisibility extends an in-flight message from now', async () => {
    await send('extend');
    const m = (await receive({ visibility: 10 })).Messages?.[0];
    time.advance(8);
    await env.sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 10,
      }),
    );
    time.advance(9);
    expect((await receive()).Messages).toBeUndefined();
    time.advance(1);
    expect((await receive()).Messages?.[0]?.Body).toBe('extend');
  });

  it('a long poll wakes when a received message is made visible again', async () => {
    await send('back');
    const m = (await receive({ visibility: 600 })).Messages?.[0];
    const polling = receive({ wait: 20 });
    await new Promise((r) => setTimeout(r, 100));
    await env.sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: m?.ReceiptHandle, VisibilityTimeout: 0 }),
    );
    expect((await polling).Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('2');
  });

  it('DeleteMessageBatch deletes each entry and reports a bad handle in Failed', async () => {
    await send('a');
    await send('b');
    const got = (await receive({ max: 2 })).Messages ?? [];
    const out = await env.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: [
          { Id: 'a', ReceiptHandle: got[0]?.ReceiptHandle },
          { Id: 'b', ReceiptHandle: got[1]?.ReceiptHandle },
          { Id: 'bad', ReceiptHandle: 'garbage' },
        ],
      }),
    );
    expect(out.Successful?.map((s) => s.Id)).toEqual(['a', 'b']);
    expect(out.Failed).toEqual([
      { Id: 'bad', SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: expect.stringContaining('garbage') },
    ]);
    expect(await counts()).toEqual({ visible: '0', inFlight: '0' });
  });

  it('a MessageGroupId (fair queues) comes back as a system attribute; MessageDeduplicationId is FIFO only', async () => {
    await env.sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'tenant', MessageGroupId: 'tenant-1' }),
    );
    expect((await receive()).Messages?.[0]?.Attributes?.MessageGroupId).toBe('tenant-1');
    const error = await rejectionOf(
      env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'x', MessageDeduplicationId: 'd' })),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterValue',
      message:
        'Value d for parameter MessageDeduplicationId is invalid. Reason: The request include parameter that is not valid for this queue type.',
    });
  });

  it('DelaySeconds hides a message until the delay has passed', async () => {
    await env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'later', DelaySeconds: 10 }));
    expect((await receive()).Messages).toBeUndefined();
    time.advance(10);
    expect((await receive()).Messages?.[0]?.Body).toBe('later');
  });
});
